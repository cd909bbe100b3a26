import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { Text } from '@backstage/ui';
import { AsyncView, EmptyText } from '@internal/portal-react';
import { dataCatalogApiRef } from '../../api/DataCatalogApi';
import { Byline } from '../shared/Byline';

function clip(text?: string) {
  if (!text) return '(empty)';
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

/** Who changed which documentation field, from what to what. */
export function DocHistoryList(props: {
  entityRef: string;
  column?: string;
  version?: number;
}) {
  const api = useApi(dataCatalogApiRef);
  const history = useAsync(
    () => api.getDocHistory(props.entityRef, props.column),
    // `version` reloads the history after an edit.
    [api, props.entityRef, props.column, props.version],
  );
  return (
    <AsyncView result={history}>
      {entries =>
        entries.length === 0 ? (
          <EmptyText>Never edited in the portal.</EmptyText>
        ) : (
          <ol aria-label="Edit history" style={{ margin: 0, paddingLeft: 20 }}>
            {entries.map(entry => (
              <li key={entry.id}>
                <Text variant="body-small">
                  <strong>{entry.field}</strong>: {clip(entry.before)} →{' '}
                  {clip(entry.after)}
                </Text>
                <Byline actor={entry.actor} at={entry.at} />
              </li>
            ))}
          </ol>
        )
      }
    </AsyncView>
  );
}
