import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { CellText, ColumnConfig, Text } from '@backstage/ui';
import { AsyncView, ListTable } from '@internal/portal-react';
import { dataCatalogApiRef } from '../../api/DataCatalogApi';
import type { CatalogLinks } from '../shared/useCatalogLinks';

/** Enough tables to outline the schemas of all but huge sources. */
const SAMPLE = 500;

type SchemaRow = {
  id: string;
  database: string;
  schema: string;
  tables: number;
  views: number;
};

function schemasOf(
  tables: { database?: string; schema?: string; kind: string }[],
): SchemaRow[] {
  const rows = new Map<string, SchemaRow>();
  for (const table of tables) {
    const database = table.database ?? '—';
    const schema = table.schema ?? '—';
    const id = `${database}.${schema}`;
    const row = rows.get(id) ?? { id, database, schema, tables: 0, views: 0 };
    if (table.kind.includes('view')) row.views += 1;
    else row.tables += 1;
    rows.set(id, row);
  }
  return [...rows.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** The source's databases and schemas with their table counts. */
export function SourceSchemas(props: {
  sourceId: string;
  links: CatalogLinks;
}) {
  const api = useApi(dataCatalogApiRef);
  const { sourceId, links } = props;
  const tables = useAsync(
    () => api.listTables({ source: sourceId, limit: SAMPLE }),
    [api, sourceId],
  );
  const columns: ColumnConfig<SchemaRow>[] = [
    {
      id: 'schema',
      label: 'Database.schema',
      isRowHeader: true,
      cell: row => (
        <CellText
          title={row.id}
          href={links.tables({ source: sourceId, q: row.schema })}
        />
      ),
    },
    {
      id: 'tables',
      label: 'Tables',
      cell: row => <CellText title={String(row.tables)} />,
    },
    {
      id: 'views',
      label: 'Views',
      cell: row => <CellText title={String(row.views)} />,
    },
  ];
  return (
    <AsyncView result={tables}>
      {page => (
        <>
          <ListTable
            columns={columns}
            rows={schemasOf(page.items)}
            empty="No tables ingested yet."
          />
          {page.totalCount > page.items.length ? (
            <Text as="p" variant="body-x-small" color="secondary">
              Outline of the first {page.items.length} of {page.totalCount}{' '}
              tables.
            </Text>
          ) : null}
        </>
      )}
    </AsyncView>
  );
}
