import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import { CellText, ColumnConfig, Flex, Table } from '@backstage/ui';
import type {
  AuthzPolicy,
  AuthzPolicyVersion,
} from '@internal/plugin-authz-common';
import { authzApiRef } from '../../api/AuthzApi';
import { JsonPreview } from '../shared/JsonPreview';
import { Loadable } from '../shared/Loadable';
import { ModalDialog } from '../shared/ModalDialog';
import { formatTime } from '../shared/time';

type VersionRow = AuthzPolicyVersion & { id: number };

const columns: ColumnConfig<VersionRow>[] = [
  {
    id: 'version',
    label: 'Version',
    isRowHeader: true,
    cell: v => <CellText title={`v${v.version}`} />,
  },
  {
    id: 'active',
    label: 'State',
    cell: v => <CellText title={v.active ? 'active' : 'inactive'} />,
  },
  {
    id: 'changedBy',
    label: 'Changed by',
    cell: v => <CellText title={v.changedBy} />,
  },
  {
    id: 'changedAt',
    label: 'Changed',
    cell: v => <CellText title={formatTime(v.changedAt)} />,
  },
];

/** Every saved version of a policy; pick one to read its document. */
export function PolicyVersionsDialog(props: {
  policy: AuthzPolicy;
  onClose(): void;
}) {
  const api = useApi(authzApiRef);
  const state = useAsyncRetry(
    () => api.listPolicyVersions(props.policy.id),
    [api, props.policy.id],
  );
  const [shown, setShown] = useState<number>();

  return (
    <ModalDialog
      title={`Versions of ${props.policy.name}`}
      width={760}
      closeLabel="Close"
      onClose={props.onClose}
    >
      <Loadable state={state}>
        {versions => {
          const selected =
            versions.find(v => v.version === shown) ?? versions[0];
          return (
            <Flex direction="column" gap="3">
              <Table
                columnConfig={columns}
                data={versions.map(v => ({ ...v, id: v.version }))}
                rowConfig={{ onClick: v => setShown(v.version) }}
                pagination={{ type: 'none' }}
              />
              {selected && (
                <JsonPreview
                  label={`Document of version ${selected.version}`}
                  value={selected.document}
                />
              )}
            </Flex>
          );
        }}
      </Loadable>
    </ModalDialog>
  );
}
