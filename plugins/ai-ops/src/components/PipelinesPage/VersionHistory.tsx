import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { CellText, ColumnConfig } from '@backstage/ui';
import type {
  GraphChanges,
  PipelineVersionSummary,
} from '@internal/plugin-ai-ops-common';
import {
  AsyncView,
  ListTable,
  TimeCell,
  withIds,
} from '@internal/portal-react';
import { aiOpsApiRef } from '../../api/AiOpsApi';

/** "+2 nodes (split, train) · ~train: config · +1 edge": what a version changed. */
export function describeChanges(changes: GraphChanges): string {
  const parts: string[] = [];
  const list = (sign: string, noun: string, items: string[]) => {
    if (items.length) {
      parts.push(
        `${sign}${items.length} ${noun}${
          items.length === 1 ? '' : 's'
        } (${items.join(', ')})`,
      );
    }
  };
  list('+', 'node', changes.nodesAdded);
  list('−', 'node', changes.nodesRemoved);
  for (const changed of changes.nodesChanged) {
    parts.push(`~${changed.node}: ${changed.fields.join(', ')}`);
  }
  list('+', 'edge', changes.edgesAdded);
  list('−', 'edge', changes.edgesRemoved);
  return parts.join(' · ') || 'no graph changes';
}

type Row = PipelineVersionSummary & { id: string };

const columns: ColumnConfig<Row>[] = [
  {
    id: 'version',
    label: 'Version',
    isRowHeader: true,
    cell: v => <CellText title={`v${v.version}`} description={v.author} />,
  },
  {
    id: 'message',
    label: 'Message',
    cell: v => <CellText title={v.message} />,
  },
  {
    id: 'changes',
    label: 'Changes',
    cell: v => <CellText title={describeChanges(v.changes)} />,
  },
  { id: 'createdAt', label: 'Saved', cell: v => <TimeCell at={v.createdAt} /> },
];

/** Every version of the pipeline, newest first, with what it changed. */
export function VersionHistory(props: {
  workspace: string;
  pipeline: string;
  currentVersion: number;
}) {
  const api = useApi(aiOpsApiRef);
  const versions = useAsync(
    () => api.listPipelineVersions(props.workspace, props.pipeline),
    [api, props.workspace, props.pipeline, props.currentVersion],
  );
  return (
    <AsyncView result={versions}>
      {page => (
        <ListTable
          columns={columns}
          rows={withIds(page.items, v => String(v.version))}
        />
      )}
    </AsyncView>
  );
}
