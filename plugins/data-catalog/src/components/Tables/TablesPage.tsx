import { useMemo, useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import { Flex, Row, SearchField, Table, useTable } from '@backstage/ui';
import { dataCatalogApiRef } from '../../api/DataCatalogApi';
import { useCatalogLinks } from '../shared/useCatalogLinks';
import { TableDetailRow } from './TableDetailRow';
import { TableFilters } from './TableFilters';
import { tableColumns, TableRow, toRows } from './tableColumns';
import { TableFilter, toListQuery, useTableQuery } from './useTableQuery';

/**
 * Every table and view the user may read: server-side search, filters,
 * sorting and paging, all kept in the URL. A row expands in place to show
 * what one checks before opening the table.
 */
export function TablesPage() {
  const api = useApi(dataCatalogApiRef);
  const links = useCatalogLinks();
  const query = useTableQuery();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());

  const toggle = (entityRef: string) =>
    setExpanded(current => {
      const next = new Set(current);
      if (!next.delete(entityRef)) next.add(entityRef);
      return next;
    });

  const { tableProps } = useTable<TableRow, TableFilter>({
    mode: 'cursor',
    filter: query.filter,
    onFilterChange: query.setFilter,
    search: query.search,
    onSearchChange: query.setSearch,
    sort: query.sort,
    onSortChange: query.setSort,
    paginationOptions: { pageSize: 25, pageSizeOptions: [25, 50, 100] },
    getData: async ({ cursor, pageSize, sort, filter, search }) => {
      const page = await api.listTables(
        toListQuery({ filter, search, sort, cursor, pageSize }),
      );
      return {
        data: page.items.map(table => ({ ...table, id: table.entityRef })),
        nextCursor: page.nextCursor,
        totalCount: page.totalCount,
      };
    },
  });

  const columns = useMemo(
    () => tableColumns({ links, expanded, onToggle: toggle }),
    // `toggle` only calls the state setter, which never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [expanded, links],
  );
  const rows = useMemo(
    () => tableProps.data && toRows(tableProps.data, expanded),
    [tableProps.data, expanded],
  );

  return (
    <Flex direction="column" gap="4">
      <SearchField
        label="Search tables"
        placeholder="Name or qualified name"
        value={query.search}
        onChange={query.setSearch}
      />
      <TableFilters filter={query.filter} onChange={query.setFilter} />
      <Table
        {...tableProps}
        data={rows}
        columnConfig={columns}
        rowConfig={({ item }) =>
          item.isDetail ? (
            <TableDetailRow
              key={item.id}
              id={item.id}
              table={item}
              columnCount={columns.length}
            />
          ) : (
            <Row key={item.id} id={item.id} columns={columns}>
              {column => column.cell(item)}
            </Row>
          )
        }
        emptyState="No tables match this search and these filters."
      />
    </Flex>
  );
}
