import { ColumnConfig, Table, TableItem } from '@backstage/ui';

/**
 * A table of every row it is given, unpaged and in the order given: short
 * lists of a detail page. Columns shared with server-sorted lists lose
 * their sort here, as nothing would sort them.
 */
export function ListTable<T extends TableItem>(props: {
  columns: readonly ColumnConfig<T>[];
  rows: T[];
  empty?: string;
}) {
  return (
    <Table
      columnConfig={props.columns.map(column => ({
        ...column,
        isSortable: false,
      }))}
      data={props.rows}
      pagination={{ type: 'none' }}
      emptyState={props.empty}
    />
  );
}

/** Rows keyed by a field, as the table needs an `id` on each. */
export function withIds<T>(
  items: T[],
  key: (item: T, index: number) => string,
) {
  return items.map((item, index) => ({ ...item, id: key(item, index) }));
}
