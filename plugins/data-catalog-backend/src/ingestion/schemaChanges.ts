import {
  SchemaChangeSeverity,
  SchemaChangeType,
} from '@internal/plugin-data-catalog-common';

/** The part of an asset and its columns a schema change compares. */
export type ComparedAsset = {
  entityRef: string;
  kind: string;
  comment: string | null;
  columns: ComparedColumn[];
};

export type ComparedColumn = {
  name: string;
  data_type: string;
  nullable: boolean;
  default_value: string | null;
  comment: string | null;
  is_primary_key: boolean;
};

export type DetectedChange = {
  entityRef: string;
  column?: string;
  change: SchemaChangeType;
  severity: SchemaChangeSeverity;
  before?: string;
  after?: string;
};

const CONTAINERS = new Set(['database', 'schema']);

function severityOf(
  type: SchemaChangeType,
  before?: string,
  after?: string,
): SchemaChangeSeverity {
  switch (type) {
    case 'table-removed':
    case 'column-removed':
    case 'column-type-changed':
      return 'breaking';
    case 'primary-key-changed':
      return 'warning';
    case 'column-nullability-changed':
      // Readers writing NULLs break when a column becomes NOT NULL.
      return before === 'NULL' && after === 'NOT NULL' ? 'warning' : 'info';
    default:
      return 'info';
  }
}

function change(
  entityRef: string,
  type: SchemaChangeType,
  details: { column?: string; before?: string | null; after?: string | null },
): DetectedChange {
  const before = details.before ?? undefined;
  const after = details.after ?? undefined;
  return {
    entityRef,
    ...(details.column !== undefined && { column: details.column }),
    change: type,
    severity: severityOf(type, before, after),
    ...(before !== undefined && { before }),
    ...(after !== undefined && { after }),
  };
}

function commentChange(
  ref: string,
  before: ComparedAsset,
  after: ComparedAsset,
): DetectedChange {
  return change(ref, 'comment-changed', {
    before: before.comment,
    after: after.comment,
  });
}

const nullability = (nullable: boolean) => (nullable ? 'NULL' : 'NOT NULL');

function primaryKey(columns: ComparedColumn[]): string {
  return columns
    .filter(c => c.is_primary_key)
    .map(c => c.name)
    .join(', ');
}

function columnChanges(
  ref: string,
  before: ComparedColumn,
  after: ComparedColumn,
): DetectedChange[] {
  const column = after.name;
  const changes: DetectedChange[] = [];
  if (before.data_type !== after.data_type) {
    changes.push(
      change(ref, 'column-type-changed', {
        column,
        before: before.data_type,
        after: after.data_type,
      }),
    );
  }
  if (before.nullable !== after.nullable) {
    changes.push(
      change(ref, 'column-nullability-changed', {
        column,
        before: nullability(before.nullable),
        after: nullability(after.nullable),
      }),
    );
  }
  if (before.default_value !== after.default_value) {
    changes.push(
      change(ref, 'column-default-changed', {
        column,
        before: before.default_value,
        after: after.default_value,
      }),
    );
  }
  if (before.comment !== after.comment) {
    changes.push(
      change(ref, 'comment-changed', {
        column,
        before: before.comment,
        after: after.comment,
      }),
    );
  }
  return changes;
}

/**
 * What changed between the stored and the ingested version of one asset;
 * `before` undefined means it is new, `after` undefined that it is gone.
 * Databases and schemas only report comment changes: their tables report
 * their own addition and removal.
 */
export function detectSchemaChanges(
  before: ComparedAsset | undefined,
  after: ComparedAsset | undefined,
): DetectedChange[] {
  const subject = after ?? before;
  if (!subject || CONTAINERS.has(subject.kind)) {
    return before && after && before.comment !== after.comment
      ? [commentChange(after.entityRef, before, after)]
      : [];
  }
  const ref = subject.entityRef;
  if (!before) return [change(ref, 'table-added', { after: subject.kind })];
  if (!after) return [change(ref, 'table-removed', { before: subject.kind })];

  const changes: DetectedChange[] = [];
  if (before.comment !== after.comment) {
    changes.push(commentChange(ref, before, after));
  }
  const old = new Map(before.columns.map(c => [c.name, c]));
  const current = new Set(after.columns.map(c => c.name));
  for (const column of after.columns) {
    const previous = old.get(column.name);
    changes.push(
      ...(previous
        ? columnChanges(ref, previous, column)
        : [
            change(ref, 'column-added', {
              column: column.name,
              after: column.data_type,
            }),
          ]),
    );
  }
  for (const column of before.columns) {
    if (!current.has(column.name)) {
      changes.push(
        change(ref, 'column-removed', {
          column: column.name,
          before: column.data_type,
        }),
      );
    }
  }
  const keyBefore = primaryKey(before.columns);
  const keyAfter = primaryKey(after.columns);
  if (keyBefore !== keyAfter) {
    changes.push(
      change(ref, 'primary-key-changed', {
        before: keyBefore || null,
        after: keyAfter || null,
      }),
    );
  }
  return changes;
}
