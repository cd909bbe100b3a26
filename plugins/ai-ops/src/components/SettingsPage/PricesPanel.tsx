import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { CellText, ColumnConfig } from '@backstage/ui';
import { AsyncView, ListTable, Panel } from '@internal/portal-react';
import { aiOpsApiRef } from '../../api/AiOpsApi';
import { useWorkspace } from '../workspace/WorkspaceContext';

type PriceRow = { id: string; resource: string; price: number };

const columns = (currency: string): ColumnConfig<PriceRow>[] => [
  {
    id: 'resource',
    label: 'Resource',
    isRowHeader: true,
    cell: row => <CellText title={row.resource} />,
  },
  {
    id: 'price',
    label: 'Price',
    cell: row => (
      <CellText
        title={new Intl.NumberFormat('en-US', {
          style: 'currency',
          currency,
          minimumFractionDigits: 2,
          maximumFractionDigits: 6,
        }).format(row.price)}
      />
    ),
  },
];

/** What run costs are computed with; set by the operators in config. */
export function PricesPanel() {
  const api = useApi(aiOpsApiRef);
  const workspace = useWorkspace();
  const prices = useAsync(() => api.getPrices(workspace), [api, workspace]);
  return (
    <Panel
      title="Prices"
      subtitle="aiOps.prices in the backend's config; read-only"
    >
      <AsyncView result={prices}>
        {table => (
          <ListTable
            columns={columns(table.currency)}
            rows={[
              { id: 'cpu', resource: 'CPU second', price: table.cpuSecond },
              {
                id: 'memory',
                resource: 'Memory GiB-second',
                price: table.memoryGiBSecond,
              },
              { id: 'gpu', resource: 'GPU hour', price: table.gpuHour },
            ]}
          />
        )}
      </AsyncView>
    </Panel>
  );
}
