import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { Button, Cell, CellText, ColumnConfig } from '@backstage/ui';
import type { ArtifactSummary } from '@internal/plugin-ai-ops-common';
import {
  AsyncView,
  ErrorNote,
  ListTable,
  scaleBytes,
  TimeCell,
  useMutation,
} from '@internal/portal-react';
import { aiOpsApiRef } from '../../api/AiOpsApi';

const BYTES = ['B', 'KiB', 'MiB', 'GiB'];

/** Saves a downloaded blob under `name`, as a link click would. */
function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * What the run's tasks wrote (models, metrics, reports); downloads go
 * through the API with the user's token, so a plain link would not do.
 */
export function ArtifactsTable(props: { workspace: string; runId: string }) {
  const api = useApi(aiOpsApiRef);
  const { workspace, runId } = props;
  const artifacts = useAsync(
    () => api.listArtifacts(workspace, runId),
    [api, workspace, runId],
  );
  const download = useMutation();
  const columns: ColumnConfig<ArtifactSummary>[] = [
    {
      id: 'name',
      label: 'Artifact',
      isRowHeader: true,
      cell: a => <CellText title={a.name} description={a.uri} />,
    },
    {
      id: 'task',
      label: 'Task',
      cell: a => <CellText title={a.nodeId ?? ''} />,
    },
    {
      id: 'size',
      label: 'Size',
      cell: a => {
        const { value, unit } = scaleBytes(a.size, BYTES);
        return (
          <CellText title={`${value.toFixed(unit === 'B' ? 0 : 1)} ${unit}`} />
        );
      },
    },
    {
      id: 'createdAt',
      label: 'Written',
      cell: a => <TimeCell at={a.createdAt} />,
    },
    {
      id: 'download',
      label: '',
      cell: a => (
        <Cell>
          <Button
            size="small"
            variant="secondary"
            aria-label={`Download ${a.name}`}
            onPress={() =>
              download.run(async () =>
                save(
                  await api.downloadArtifact(workspace, runId, a.id),
                  a.name,
                ),
              )
            }
          >
            Download
          </Button>
        </Cell>
      ),
    },
  ];
  return (
    <AsyncView result={artifacts}>
      {page => (
        <>
          <ErrorNote message={download.error} />
          <ListTable
            columns={columns}
            rows={page.items}
            empty="No artifacts yet."
          />
        </>
      )}
    </AsyncView>
  );
}
