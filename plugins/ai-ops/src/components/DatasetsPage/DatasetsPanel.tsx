import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import { Cell, CellText, ColumnConfig, SearchField } from '@backstage/ui';
import type { Dataset } from '@internal/plugin-ai-ops-common';
import {
  AsyncView,
  ListTable,
  Panel,
  TagList,
  TimeCell,
} from '@internal/portal-react';
import { aiOpsApiRef } from '../../api/AiOpsApi';
import { useLinks } from '../workspace/useLinks';
import { useWorkspace } from '../workspace/WorkspaceContext';

/** The workspace's datasets, searched by words in name, title, tags. */
export function DatasetsPanel() {
  const api = useApi(aiOpsApiRef);
  const workspace = useWorkspace();
  const links = useLinks();
  const [q, setQ] = useState('');
  const datasets = useAsyncRetry(
    () => api.listDatasets(workspace, q.trim() || undefined),
    [api, workspace, q],
  );
  const columns: ColumnConfig<Dataset>[] = [
    {
      id: 'name',
      label: 'Dataset',
      isRowHeader: true,
      cell: d => (
        <CellText
          title={d.title}
          description={d.name}
          href={links.dataset(d.name)}
        />
      ),
    },
    { id: 'format', label: 'Format', cell: d => <CellText title={d.format} /> },
    {
      id: 'latest',
      label: 'Latest version',
      cell: d => (
        <CellText title={d.latestVersion ? `v${d.latestVersion}` : 'none'} />
      ),
    },
    {
      id: 'tags',
      label: 'Tags',
      cell: d => (
        <Cell>
          <TagList label={`Tags of ${d.name}`} tags={d.tags} />
        </Cell>
      ),
    },
    { id: 'owner', label: 'Owner', cell: d => <CellText title={d.owner} /> },
    {
      id: 'updatedAt',
      label: 'Updated',
      cell: d => <TimeCell at={d.updatedAt} />,
    },
  ];
  return (
    <Panel title="Datasets">
      <div style={{ marginBottom: 12, maxWidth: 360 }}>
        <SearchField label="Search datasets" value={q} onChange={setQ} />
      </div>
      <AsyncView result={datasets}>
        {page => (
          <ListTable
            columns={columns}
            rows={page.items}
            empty="No datasets yet: the New Dataset template registers one."
          />
        )}
      </AsyncView>
    </Panel>
  );
}
