import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { EmptyState } from '@backstage/core-components';
import { Flex, Grid } from '@backstage/ui';
import {
  AsyncView,
  asOptions,
  FilterSelect,
  usePolling,
  ListTable,
} from '@internal/portal-react';
import { dataCatalogApiRef } from '../../api/DataCatalogApi';
import { Pager } from '../shared/Pager';
import { useCatalogLinks } from '../shared/useCatalogLinks';
import { ViewToggle } from '../shared/ViewToggle';
import { RegisterSourceButton } from './RegisterSourceButton';
import { SourceCard } from './SourceCard';
import { sourceColumns } from './sourceColumns';

const PAGE_SIZE = 24;
const views = { grid: 'Cards', list: 'List' };
type View = keyof typeof views;

/**
 * The registered sources as cards or a list, filtered by platform (kept in
 * the URL). While a sync runs the page refreshes itself.
 */
export function CatalogsPage() {
  const api = useApi(dataCatalogApiRef);
  const links = useCatalogLinks();
  const [params, setParams] = useSearchParams();
  const platform = params.get('platform') ?? '';
  const view: View = params.get('view') === 'list' ? 'list' : 'grid';
  const [offset, setOffset] = useState(0);

  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const platforms = useAsync(() => api.listPlatforms(), [api]);
  const sources = useAsyncRetry(
    () => api.listSources({ platform, limit: PAGE_SIZE, offset }),
    [api, platform, offset],
  );
  const syncing = (sources.value?.items ?? []).some(
    source => source.lastSync?.status === 'running',
  );
  usePolling(syncing, sources.retry, 3000);

  return (
    <Flex direction="column" gap="4">
      <Flex justify="between" align="end" gap="3">
        <Flex gap="3" align="end">
          <FilterSelect
            label="Platform"
            anyLabel="All platforms"
            options={asOptions(platforms.value)}
            value={platform}
            onChange={value => {
              setOffset(0);
              setParam('platform', value ?? '');
            }}
          />
          <ViewToggle
            label="Show sources as"
            views={views}
            value={view}
            onChange={next => setParam('view', next === 'list' ? 'list' : '')}
          />
        </Flex>
        <RegisterSourceButton onRegistered={sources.retry} />
      </Flex>
      <AsyncView result={sources}>
        {({ items, totalCount }) => (
          <Flex direction="column" gap="3">
            {items.length === 0 ? (
              <EmptyState
                missing="data"
                title="No sources yet"
                description="Register a database to start cataloguing its tables."
              />
            ) : null}
            {items.length > 0 && view === 'grid' ? (
              <Grid.Root columns={{ initial: '1', md: '2', lg: '3' }} gap="3">
                {items.map(source => (
                  <SourceCard key={source.id} source={source} />
                ))}
              </Grid.Root>
            ) : null}
            {items.length > 0 && view === 'list' ? (
              <ListTable columns={sourceColumns(links)} rows={items} />
            ) : null}
            <Pager
              offset={offset}
              pageSize={PAGE_SIZE}
              totalCount={totalCount}
              onOffsetChange={setOffset}
            />
          </Flex>
        )}
      </AsyncView>
    </Flex>
  );
}
