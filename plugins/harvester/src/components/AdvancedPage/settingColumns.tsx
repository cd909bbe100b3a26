import { Cell, ColumnConfig, Text } from '@backstage/ui';
import {
  ClusterSetting,
  harvesterClusterManagePermission,
} from '@internal/plugin-harvester-common';
import { ToneChip } from '@internal/portal-react';
import { clusterColumn, nameColumn } from '../shared/columns';
import { actionsColumn } from '../shared/RowActions';

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

/** Settings with their value, default and whether they were changed. */
export function settingColumns(options: {
  showCluster: boolean;
  onEdit(setting: SettingRow): void;
}): ColumnConfig<SettingRow>[] {
  return [
    nameColumn(),
    clusterColumn(options.showCluster),
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
    actionsColumn({
      permission: harvesterClusterManagePermission,
      resourceRef: s => s.cluster,
      actions: s => [
        {
          label: 'Edit',
          name: `Edit ${s.name} of ${s.cluster}`,
          onPress: () => options.onEdit(s),
        },
      ],
    }),
  ];
}
