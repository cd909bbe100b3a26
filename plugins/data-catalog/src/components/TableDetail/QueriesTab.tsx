import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { CodeSnippet } from '@backstage/core-components';
import { Flex, Text } from '@backstage/ui';
import {
  AsyncView,
  EmptyText,
  formatTime,
  timeAgo,
} from '@internal/portal-react';
import { dataCatalogApiRef } from '../../api/DataCatalogApi';
import { formatCount, formatDuration } from '../shared/format';

/** The statements run against this table, most frequent first. */
export function QueriesTab(props: { entityRef: string }) {
  const api = useApi(dataCatalogApiRef);
  const queries = useAsync(
    () => api.listTableQueries(props.entityRef, { limit: 20 }),
    [api, props.entityRef],
  );
  return (
    <AsyncView result={queries}>
      {({ items, totalCount }) =>
        items.length === 0 ? (
          <EmptyText>
            No query history: the source does not collect queries, or none
            touched this table yet.
          </EmptyText>
        ) : (
          <Flex direction="column" gap="4">
            {items.map(query => (
              <section
                key={query.queryId}
                aria-label={`Query ${query.queryId}`}
              >
                <Text as="p" variant="body-small" color="secondary">
                  {formatCount(query.calls)} calls · mean{' '}
                  {formatDuration(query.meanTimeMs)} · total{' '}
                  {formatDuration(query.totalTimeMs)} ·{' '}
                  {formatCount(query.rows)} rows
                  {query.user ? ` · by ${query.user}` : ''} · last seen{' '}
                  <span title={formatTime(query.lastSeenAt)}>
                    {timeAgo(query.lastSeenAt)}
                  </span>
                </Text>
                <CodeSnippet
                  text={query.text}
                  language="sql"
                  wrapLongLines
                  showCopyCodeButton
                />
              </section>
            ))}
            {totalCount > items.length ? (
              <Text as="p" variant="body-x-small" color="secondary">
                The {items.length} most frequent of {totalCount} statements.
              </Text>
            ) : null}
          </Flex>
        )
      }
    </AsyncView>
  );
}
