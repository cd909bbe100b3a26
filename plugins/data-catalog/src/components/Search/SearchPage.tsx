import useAsync from 'react-use/esm/useAsync';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import { Flex, Text } from '@backstage/ui';
import type { SavedSearch } from '@internal/plugin-data-catalog-common';
import {
  AsyncView,
  EmptyText,
  ErrorNote,
  plural,
  Panel,
  useMutation,
} from '@internal/portal-react';
import { dataCatalogApiRef } from '../../api/DataCatalogApi';
import { Pager } from '../shared/Pager';
import { useCatalogLinks } from '../shared/useCatalogLinks';
import { FacetPanel } from './FacetPanel';
import { AskCatalogPanel, SavedSearchList } from './SavedSearches';
import { SaveSearchButton } from './SaveSearchButton';
import { SearchBox } from './SearchBox';
import { SearchHits } from './SearchHits';
import { filtersOf, useSearchState } from './useSearchState';

const PAGE_SIZE = 20;

/**
 * Full-text search over tables, columns, glossary terms and tags: facets on
 * the left, ranked hits in the middle, and on the right the user's saved
 * and recent searches under the place reserved for AI-assisted search.
 */
export function SearchPage() {
  const api = useApi(dataCatalogApiRef);
  const links = useCatalogLinks();
  const { state, apply, toggle } = useSearchState();

  const results = useAsync(
    () =>
      api.search({
        q: state.q,
        ...state.filters,
        limit: PAGE_SIZE,
        offset: state.offset,
      }),
    [api, state],
  );
  const saved = useAsyncRetry(() => api.listSavedSearches(), [api]);
  const forget = useMutation();
  // Each search with text is remembered by the server; refresh after one.
  const recent = useAsync(() => api.listRecentSearches(), [api, state.q]);
  const rerun = (search: SavedSearch) =>
    apply({ q: search.query, filters: filtersOf(search.filters) });

  return (
    <Flex gap="4" align="start">
      <aside aria-label="Facets" style={{ width: 220, flexShrink: 0 }}>
        {results.value ? (
          <FacetPanel
            facets={results.value.facets}
            selected={state.filters}
            onChange={toggle}
          />
        ) : null}
      </aside>
      <section aria-label="Results" style={{ flexGrow: 1, minWidth: 0 }}>
        <Flex direction="column" gap="3">
          <Flex gap="2" align="center">
            <div style={{ flexGrow: 1 }}>
              <SearchBox
                value={state.q}
                onSearch={q => apply({ q })}
                links={links}
              />
            </div>
            <SaveSearchButton search={state} onSaved={saved.retry} />
          </Flex>
          <AsyncView result={results}>
            {value => (
              <>
                <Text
                  as="p"
                  variant="body-small"
                  color="secondary"
                  role="status"
                >
                  {plural(value.totalCount, 'result')} in {value.tookMs} ms
                </Text>
                {value.hits.length === 0 ? (
                  <EmptyText>
                    Nothing matches. Try fewer words or filters.
                  </EmptyText>
                ) : (
                  <SearchHits hits={value.hits} links={links} />
                )}
                <Pager
                  offset={state.offset}
                  pageSize={PAGE_SIZE}
                  totalCount={value.totalCount}
                  onOffsetChange={offset => apply({ ...state, offset })}
                />
              </>
            )}
          </AsyncView>
        </Flex>
      </section>
      <aside
        aria-label="Search assistant"
        style={{ width: 300, flexShrink: 0 }}
      >
        <Flex direction="column" gap="3">
          <Panel title="Ask the catalog">
            <AskCatalogPanel />
          </Panel>
          <Panel title="Saved searches">
            <SavedSearchList
              label="Saved searches"
              searches={saved.value ?? []}
              empty="Save a search to run it again in one click."
              onRun={rerun}
              onDelete={search =>
                forget
                  .run(
                    () => api.deleteSavedSearch(search.id),
                    'Saved search removed',
                  )
                  .then(saved.retry)
              }
            />
            <ErrorNote message={forget.error} />
          </Panel>
          <Panel title="Recent searches">
            <SavedSearchList
              label="Recent searches"
              searches={recent.value ?? []}
              empty="Your searches will show here."
              onRun={rerun}
            />
          </Panel>
        </Flex>
      </aside>
    </Flex>
  );
}
