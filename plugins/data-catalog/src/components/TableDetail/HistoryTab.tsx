import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { AsyncView } from '@internal/portal-react';
import { dataCatalogApiRef } from '../../api/DataCatalogApi';
import { SchemaChangeTable } from '../shared/SchemaChangeTable';

/** The schema changes syncs found on this table, newest first. */
export function HistoryTab(props: { entityRef: string }) {
  const api = useApi(dataCatalogApiRef);
  const changes = useAsync(
    () => api.listTableChanges(props.entityRef, { limit: 50 }),
    [api, props.entityRef],
  );
  return (
    <AsyncView result={changes}>
      {page => (
        <SchemaChangeTable changes={page.items} totalCount={page.totalCount} />
      )}
    </AsyncView>
  );
}
