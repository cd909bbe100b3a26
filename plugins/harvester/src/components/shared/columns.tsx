import { CellText, ColumnConfig, TableItem } from '@backstage/ui';
import { TimeCell } from '@internal/portal-react';

/*
 * The columns most lists share. A column's id is the field the server
 * sorts by (`?sort=<id>` or `-<id>`), so sortable ones are named after
 * their field.
 */

type Named = TableItem & { name: string; namespace?: string };

/** The row header: the name, the namespace (or `description`) beneath. */
export function nameColumn<T extends Named>(
  options: {
    href?(row: T): string | undefined;
    description?(row: T): string | undefined;
  } = {},
): ColumnConfig<T> {
  return {
    id: 'name',
    label: 'Name',
    isSortable: true,
    isRowHeader: true,
    cell: row => (
      <CellText
        title={row.name}
        description={options.description?.(row) ?? row.namespace}
        href={options.href?.(row)}
      />
    ),
  };
}

/** Hidden once the header picks one cluster. */
export function clusterColumn<T extends TableItem & { cluster: string }>(
  showCluster: boolean,
): ColumnConfig<T> {
  return {
    id: 'cluster',
    label: 'Cluster',
    isSortable: true,
    isHidden: !showCluster,
    cell: row => <CellText title={row.cluster} />,
  };
}

export function createdColumn<
  T extends TableItem & { createdAt?: string },
>(): ColumnConfig<T> {
  return {
    id: 'createdAt',
    label: 'Created',
    isSortable: true,
    cell: row => <TimeCell at={row.createdAt} />,
  };
}
