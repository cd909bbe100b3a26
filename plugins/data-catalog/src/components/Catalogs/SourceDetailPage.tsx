import { useParams } from 'react-router-dom';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import { Flex, Grid } from '@backstage/ui';
import {
  AsyncView,
  DetailHeading,
  ErrorNote,
  Panel,
} from '@internal/portal-react';
import { dataCatalogApiRef } from '../../api/DataCatalogApi';
import { SchemaChangeTable } from '../shared/SchemaChangeTable';
import { SyncState } from '../shared/SyncState';
import { useCatalogLinks } from '../shared/useCatalogLinks';
import { ConnectionSteps } from '../shared/ConnectionSteps';
import { SourceActions } from './SourceActions';
import { SourceOverview } from './SourceOverview';
import { SourceSchemas } from './SourceSchemas';
import { SyncHistoryTable } from './SyncHistoryTable';
import { useSyncRun } from './useSyncRun';

/**
 * One source: what it is, its live sync, its sync history, the schema
 * changes its syncs found and its databases and schemas.
 */
export function SourceDetailPage() {
  const { sourceId = '' } = useParams();
  const api = useApi(dataCatalogApiRef);
  const links = useCatalogLinks();
  const source = useAsyncRetry(() => api.getSource(sourceId), [api, sourceId]);
  const history = useAsyncRetry(
    () => api.listSyncs(sourceId, { limit: 20 }),
    [api, sourceId],
  );
  const changes = useAsyncRetry(
    () => api.listSourceChanges(sourceId, { limit: 50 }),
    [api, sourceId],
  );
  const lastSync = source.value?.lastSync;
  const sync = useSyncRun({
    sourceId,
    runningRun: lastSync?.status === 'running' ? lastSync : undefined,
    onFinished: () => {
      source.retry();
      history.retry();
      changes.retry();
    },
  });

  return (
    <AsyncView result={source}>
      {value => (
        <Flex direction="column" gap="4">
          <DetailHeading
            back={{ href: links.catalogs(), label: 'Catalogs' }}
            title={value.title}
            actions={
              <SourceActions
                source={value}
                syncing={sync.running}
                onSync={sync.start}
                onChanged={source.retry}
                catalogsHref={links.catalogs()}
              />
            }
          />
          <ErrorNote message={sync.error} />
          <Grid.Root columns={{ initial: '1', md: '3' }} gap="4">
            <Grid.Item colSpan={{ initial: '1', md: '2' }}>
              <Panel title="Overview">
                <SourceOverview
                  source={value}
                  tablesHref={links.tables({ source: value.id })}
                />
              </Panel>
            </Grid.Item>
            <Panel title="Sync">
              <Flex direction="column" gap="2">
                <SyncState run={sync.run ?? value.lastSync} />
                <ConnectionSteps
                  label="Sync steps"
                  steps={(sync.run ?? value.lastSync)?.steps ?? []}
                />
              </Flex>
            </Panel>
          </Grid.Root>
          <Panel title="Sync history">
            <AsyncView result={history}>
              {page => <SyncHistoryTable runs={page.items} />}
            </AsyncView>
          </Panel>
          <Panel title="Schema changes">
            <AsyncView result={changes}>
              {page => (
                <SchemaChangeTable
                  changes={page.items}
                  totalCount={page.totalCount}
                  showAsset
                />
              )}
            </AsyncView>
          </Panel>
          <Panel title="Databases and schemas">
            <SourceSchemas sourceId={value.id} links={links} />
          </Panel>
        </Flex>
      )}
    </AsyncView>
  );
}
