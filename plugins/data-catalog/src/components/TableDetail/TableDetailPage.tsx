import { useEffect } from 'react';
import { useParams } from 'react-router-dom';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import { Flex } from '@backstage/ui';
import { stringifyEntityRef } from '@backstage/catalog-model';
import type { DataAssetDetail } from '@internal/plugin-data-catalog-common';
import { AsyncView, SectionTabs, SectionTab } from '@internal/portal-react';
import { dataCatalogApiRef } from '../../api/DataCatalogApi';
import { ColumnsTab } from './ColumnsTab';
import { DiscussionTab } from './DiscussionTab';
import { DocumentationTab } from './DocumentationTab';
import { HistoryTab } from './HistoryTab';
import { LineageTab } from './LineageTab';
import { QualityTab } from './QualityTab';
import { QueriesTab } from './QueriesTab';
import { SyncTab } from './SyncTab';
import { TableHeader } from './TableHeader';

/** What every tab may need of the page. */
type TabContext = {
  detail: DataAssetDetail;
  entityRef: string;
  reload(): void;
};

const tabs: SectionTab<TabContext>[] = [
  {
    id: 'columns',
    label: 'Columns',
    render: c => <ColumnsTab detail={c.detail} onChanged={c.reload} />,
  },
  {
    id: 'lineage',
    label: 'Lineage',
    render: c => <LineageTab detail={c.detail} />,
  },
  {
    id: 'queries',
    label: 'Queries',
    render: c => <QueriesTab entityRef={c.entityRef} />,
  },
  {
    id: 'documentation',
    label: 'Documentation',
    render: c => <DocumentationTab detail={c.detail} onChanged={c.reload} />,
  },
  {
    id: 'discussion',
    label: 'Discussion',
    render: c => <DiscussionTab detail={c.detail} />,
  },
  {
    id: 'quality',
    label: 'Quality',
    render: c => <QualityTab detail={c.detail} onChanged={c.reload} />,
  },
  {
    id: 'history',
    label: 'History',
    render: c => <HistoryTab entityRef={c.entityRef} />,
  },
  {
    id: 'sync',
    label: 'Sync',
    render: c => (
      <SyncTab
        sourceId={c.detail.sourceId}
        lastSyncedAt={c.detail.trust.lastSyncedAt}
      />
    ),
  },
];

/**
 * One table or view (`/tables/:namespace/:name` = `resource:<ns>/<name>`).
 * Opening it counts a view; the open tab is kept in `?tab=`.
 */
export function TableDetailPage() {
  const { namespace = '', name = '' } = useParams();
  const entityRef = stringifyEntityRef({ kind: 'resource', namespace, name });
  const api = useApi(dataCatalogApiRef);
  const detail = useAsyncRetry(() => api.getTable(entityRef), [api, entityRef]);

  useEffect(() => {
    // Usage statistics only; a failure must not disturb the reader.
    api.recordView(entityRef).catch(() => undefined);
  }, [api, entityRef]);

  return (
    <AsyncView result={detail}>
      {value => (
        <Flex direction="column" gap="4">
          <TableHeader detail={value} />
          <SectionTabs
            label="Table sections"
            tabs={tabs}
            context={{ detail: value, entityRef, reload: detail.retry }}
          />
        </Flex>
      )}
    </AsyncView>
  );
}
