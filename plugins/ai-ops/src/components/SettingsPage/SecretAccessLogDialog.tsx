import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { CellText, ColumnConfig } from '@backstage/ui';
import { SecretAccess } from '@internal/plugin-ai-ops-common';
import {
  AsyncView,
  DialogFrame,
  ListTable,
  TimeCell,
} from '@internal/portal-react';
import { aiOpsApiRef } from '../../api/AiOpsApi';

const columns: ColumnConfig<SecretAccess>[] = [
  { id: 'at', label: 'When', cell: a => <TimeCell at={a.at} /> },
  {
    id: 'actor',
    label: 'Who',
    isRowHeader: true,
    cell: a => <CellText title={a.actor} />,
  },
  {
    id: 'purpose',
    label: 'What for',
    cell: a => <CellText title={a.purpose} />,
  },
];

/** Every read of a secret's value: who, what for, when (newest first). */
export function SecretAccessLogDialog(props: {
  workspace: string;
  name: string;
  onClose(): void;
}) {
  const api = useApi(aiOpsApiRef);
  const log = useAsync(
    () => api.getSecretAccessLog(props.workspace, props.name),
    [api, props.workspace, props.name],
  );
  return (
    <DialogFrame
      title={`Access log of ${props.name}`}
      width={720}
      cancelLabel="Done"
      onCancel={props.onClose}
    >
      <AsyncView result={log}>
        {({ items }) => (
          <ListTable columns={columns} rows={items} empty="Never read" />
        )}
      </AsyncView>
    </DialogFrame>
  );
}
