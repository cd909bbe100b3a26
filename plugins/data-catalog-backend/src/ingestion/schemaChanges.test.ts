import {
  ComparedAsset,
  ComparedColumn,
  detectSchemaChanges,
} from './schemaChanges';

const ref = 'resource:wh/db.sales.orders';
const column = (
  name: string,
  extra: Partial<ComparedColumn> = {},
): ComparedColumn => ({
  name,
  data_type: 'integer',
  nullable: true,
  default_value: null,
  comment: null,
  is_primary_key: false,
  ...extra,
});
const table = (
  columns: ComparedColumn[],
  extra: Partial<ComparedAsset> = {},
): ComparedAsset => ({
  entityRef: ref,
  kind: 'table',
  comment: null,
  columns,
  ...extra,
});

describe('detectSchemaChanges', () => {
  it('reports nothing for an identical table', () => {
    const t = table([column('id', { is_primary_key: true }), column('amount')]);
    expect(detectSchemaChanges(t, t)).toEqual([]);
  });

  it('rates removals and type changes breaking, additions info', () => {
    const before = table([column('id'), column('amount'), column('note')]);
    const after = table([
      column('id'),
      column('amount', { data_type: 'numeric(12,2)' }),
      column('status', { data_type: 'text' }),
    ]);
    expect(detectSchemaChanges(before, after)).toEqual([
      {
        entityRef: ref,
        column: 'amount',
        change: 'column-type-changed',
        severity: 'breaking',
        before: 'integer',
        after: 'numeric(12,2)',
      },
      {
        entityRef: ref,
        column: 'status',
        change: 'column-added',
        severity: 'info',
        after: 'text',
      },
      {
        entityRef: ref,
        column: 'note',
        change: 'column-removed',
        severity: 'breaking',
        before: 'integer',
      },
    ]);
  });

  it('warns when a column becomes NOT NULL or the key changes; the reverse is info', () => {
    const before = table([
      column('id', { nullable: false, is_primary_key: true }),
      column('code'),
    ]);
    const after = table([
      column('id', { nullable: true }),
      column('code', { nullable: false, is_primary_key: true }),
    ]);
    expect(detectSchemaChanges(before, after)).toEqual([
      {
        entityRef: ref,
        column: 'id',
        change: 'column-nullability-changed',
        severity: 'info',
        before: 'NOT NULL',
        after: 'NULL',
      },
      {
        entityRef: ref,
        column: 'code',
        change: 'column-nullability-changed',
        severity: 'warning',
        before: 'NULL',
        after: 'NOT NULL',
      },
      {
        entityRef: ref,
        change: 'primary-key-changed',
        severity: 'warning',
        before: 'id',
        after: 'code',
      },
    ]);
  });

  it('reports comment and default changes as info', () => {
    const before = table([column('status', { default_value: "'new'" })], {
      comment: 'Orders',
    });
    const after = table(
      [column('status', { default_value: "'open'", comment: 'Lifecycle' })],
      { comment: 'All orders' },
    );
    expect(detectSchemaChanges(before, after)).toEqual([
      {
        entityRef: ref,
        change: 'comment-changed',
        severity: 'info',
        before: 'Orders',
        after: 'All orders',
      },
      {
        entityRef: ref,
        column: 'status',
        change: 'column-default-changed',
        severity: 'info',
        before: "'new'",
        after: "'open'",
      },
      {
        entityRef: ref,
        column: 'status',
        change: 'comment-changed',
        severity: 'info',
        after: 'Lifecycle',
      },
    ]);
  });

  it('reports a table added (info) and removed (breaking)', () => {
    const view = table([], { kind: 'view' });
    expect(detectSchemaChanges(undefined, view)).toEqual([
      {
        entityRef: ref,
        change: 'table-added',
        severity: 'info',
        after: 'view',
      },
    ]);
    expect(detectSchemaChanges(view, undefined)).toEqual([
      {
        entityRef: ref,
        change: 'table-removed',
        severity: 'breaking',
        before: 'view',
      },
    ]);
  });

  it('reports only comment changes of databases and schemas', () => {
    const schema = table([], {
      kind: 'schema',
      entityRef: 'resource:wh/db.sales',
    });
    expect(detectSchemaChanges(undefined, schema)).toEqual([]);
    expect(detectSchemaChanges(schema, undefined)).toEqual([]);
    expect(
      detectSchemaChanges(schema, { ...schema, comment: 'Sales' }),
    ).toEqual([
      {
        entityRef: 'resource:wh/db.sales',
        change: 'comment-changed',
        severity: 'info',
        after: 'Sales',
      },
    ]);
  });
});
