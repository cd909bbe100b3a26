import { ColumnConfig, Table, TableItem } from '@backstage/ui';

/**
 * A table of every row it is given, unpaged: the catalog's lists are short
 * or paged by the server.
 */
export function ListTable<T extends TableItem>(props: {
  columns: readonly ColumnConfig<T>[];
  rows: T[];
  empty?: string;
}) {
  return (
    <Table
      columnConfig={props.columns}
      data={props.rows}
      pagination={{ type: 'none' }}
      emptyState={props.empty}
    />
  );
}
