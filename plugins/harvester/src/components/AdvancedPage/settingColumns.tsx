import { Button, Cell, CellText, ColumnConfig, Text } from '@backstage/ui';
import {
  ClusterSetting,
  harvesterClusterManagePermission,
} from '@internal/plugin-harvester-common';
import { useCan } from '../shared/permissions';
import { ToneChip } from '../shared/ToneChip';

export type SettingRow = ClusterSetting & { id: string };

/** Long values (JSON, certificates) are cut to a line; the dialog shows them whole. */
function ValueText(props: { value?: string }) {
  return (
    <Text
      as="div"
      variant="body-small"
      color={props.value ? 'primary' : 'secondary'}
      title={props.value}
      style={{
        fontFamily: 'monospace',
        maxWidth: 320,
        overflow: 'hidden',
        textOverflow: 'ellipsis',
        whiteSpace: 'nowrap',
      }}
    >
      {props.value || '(empty)'}
    </Text>
  );
}

function EditButton(props: { setting: SettingRow; onPress(): void }) {
  const { setting } = props;
  const canManage = useCan(harvesterClusterManagePermission, setting.cluster);
  if (!canManage) return null;
  return (
    <Button
      size="small"
      variant="secondary"
      aria-label={`Edit ${setting.name} of ${setting.cluster}`}
      onPress={props.onPress}
    >
      Edit
    </Button>
  );
}

/** Settings with their value, default and whether they were changed. */
export function settingColumns(options: {
  showCluster: boolean;
  onEdit(setting: SettingRow): void;
}): ColumnConfig<SettingRow>[] {
  return [
    {
      id: 'name',
      label: 'Name',
      isRowHeader: true,
      cell: s => <CellText title={s.name} />,
    },
    {
      id: 'cluster',
      label: 'Cluster',
      isHidden: !options.showCluster,
      cell: s => <CellText title={s.cluster} />,
    },
    {
      id: 'value',
      label: 'Value',
      cell: s => (
        <Cell>
          <ValueText value={s.value} />
        </Cell>
      ),
    },
    {
      id: 'default',
      label: 'Default',
      cell: s => (
        <Cell>
          <ValueText value={s.default} />
        </Cell>
      ),
    },
    {
      id: 'customized',
      label: 'Customized',
      cell: s => (
        <Cell>
          {s.customized ? (
            <ToneChip tone="info" label="Customized" />
          ) : (
            <Text variant="body-small" color="secondary">
              default
            </Text>
          )}
        </Cell>
      ),
    },
    {
      id: 'actions',
      label: 'Actions',
      cell: s => (
        <Cell>
          <EditButton setting={s} onPress={() => options.onEdit(s)} />
        </Cell>
      ),
    },
  ];
}
