import { useEffect } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import { Flex, Tab, TabList, TabPanel, Tabs } from '@backstage/ui';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { dataCatalogApiRef } from '../../api/DataCatalogApi';
import { AsyncView } from '../shared/AsyncView';
import { ColumnsTab } from './ColumnsTab';
import { DiscussionTab } from './DiscussionTab';
import { DocumentationTab } from './DocumentationTab';
import { HistoryTab } from './HistoryTab';
import { LineageTab } from './LineageTab';
import { QualityTab } from './QualityTab';
import { QueriesTab } from './QueriesTab';
import { SyncTab } from './SyncTab';
import { TableHeader } from './TableHeader';

const tabs = [
  { id: 'columns', label: 'Columns' },
  { id: 'lineage', label: 'Lineage' },
  { id: 'queries', label: 'Queries' },
  { id: 'documentation', label: 'Documentation' },
  { id: 'discussion', label: 'Discussion' },
  { id: 'quality', label: 'Quality' },
  { id: 'history', label: 'History' },
  { id: 'sync', label: 'Sync' },
];

/**
 * One table or view (`/tables/:namespace/:name` = `resource:<ns>/<name>`).
 * Opening it counts a view; the open tab is kept in `?tab=`.
 */
export function TableDetailPage() {
  const { namespace = '', name = '' } = useParams();
  const entityRef = stringifyEntityRef({ kind: 'resource', namespace, name });
  const api = useApi(dataCatalogApiRef);
  const [params, setParams] = useSearchParams();
  const tab = tabs.some(t => t.id === params.get('tab'))
    ? params.get('tab')!
    : 'columns';
  const detail = useAsyncRetry(() => api.getTable(entityRef), [api, entityRef]);

  useEffect(() => {
    // Usage statistics only; a failure must not disturb the reader.
    api.recordView(entityRef).catch(() => undefined);
  }, [api, entityRef]);

  const select = (key: unknown) =>
    setParams(
      current => {
        const next = new URLSearchParams(current);
        next.set('tab', String(key));
        return next;
      },
      { replace: true },
    );

  return (
    <AsyncView result={detail}>
      {value => (
        <Flex direction="column" gap="4">
          <TableHeader detail={value} />
          <Tabs selectedKey={tab} onSelectionChange={select}>
            <TabList aria-label="Table sections">
              {tabs.map(t => (
                <Tab key={t.id} id={t.id}>
                  {t.label}
                </Tab>
              ))}
            </TabList>
            <TabPanel id="columns">
              <ColumnsTab detail={value} onChanged={detail.retry} />
            </TabPanel>
            <TabPanel id="lineage">
              <LineageTab detail={value} />
            </TabPanel>
            <TabPanel id="queries">
              <QueriesTab entityRef={entityRef} />
            </TabPanel>
            <TabPanel id="documentation">
              <DocumentationTab detail={value} onChanged={detail.retry} />
            </TabPanel>
            <TabPanel id="discussion">
              <DiscussionTab detail={value} />
            </TabPanel>
            <TabPanel id="quality">
              <QualityTab detail={value} onChanged={detail.retry} />
            </TabPanel>
            <TabPanel id="history">
              <HistoryTab entityRef={entityRef} />
            </TabPanel>
            <TabPanel id="sync">
              <SyncTab
                sourceId={value.sourceId}
                lastSyncedAt={value.trust.lastSyncedAt}
              />
            </TabPanel>
          </Tabs>
        </Flex>
      )}
    </AsyncView>
  );
}
