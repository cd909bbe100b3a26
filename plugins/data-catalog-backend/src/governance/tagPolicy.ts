import { InputError } from '@backstage/errors';
import {
  PiiLevel,
  TagPolicyViolation,
} from '@internal/plugin-data-catalog-common';

/** A tag with what the governance rules look at. */
export type PolicyTag = {
  name: string;
  category: string;
  exclusive: boolean;
  piiLevel: PiiLevel;
  restricted: boolean;
};

/** A table's tags (column '' is the table itself) and its explicit owner. */
export type TablePolicyInput = {
  /** The documented owner; the source's owner does not count for PII. */
  explicitOwner?: string;
  tags: { column: string; tag: PolicyTag }[];
};

const where = (column: string) => (column ? `column ${column}` : 'the table');

/**
 * Every rule the table's tags break: PII needs a restricted table, highly
 * sensitive PII an explicit owner, and an exclusive category one tag per
 * table or column. Table first, then columns by name.
 */
export function checkTagPolicy(input: TablePolicyInput): TagPolicyViolation[] {
  const byColumn = new Map<string, PolicyTag[]>();
  for (const { column, tag } of input.tags) {
    byColumn.set(column, [...(byColumn.get(column) ?? []), tag]);
  }
  const tableRestricted = (byColumn.get('') ?? []).some(t => t.restricted);
  const assets = [...byColumn.entries()].sort(([a], [b]) => a.localeCompare(b));
  return assets.flatMap(([column, tags]) => [
    ...piiViolations(column, tags, {
      tableRestricted,
      hasOwner: !!input.explicitOwner,
    }),
    ...exclusiveViolations(column, tags),
  ]);
}

function piiViolations(
  column: string,
  tags: PolicyTag[],
  table: { tableRestricted: boolean; hasOwner: boolean },
): TagPolicyViolation[] {
  const pii = tags.filter(t => t.piiLevel !== 'none');
  if (pii.length === 0) return [];
  const at = column ? { column } : {};
  const names = pii.map(t => t.name).join(', ');
  const violations: TagPolicyViolation[] = [];
  if (!table.tableRestricted) {
    violations.push({
      rule: 'pii-needs-restricted-tag',
      ...at,
      message: `${where(
        column,
      )} carries PII (${names}): the table needs a tag marking restricted access`,
    });
  }
  const high = pii.filter(t => t.piiLevel === 'high');
  if (high.length > 0 && !table.hasOwner) {
    violations.push({
      rule: 'pii-needs-owner',
      ...at,
      message: `${where(column)} carries highly sensitive PII (${high
        .map(t => t.name)
        .join(', ')}): the table needs an explicit owner in its documentation`,
    });
  }
  return violations;
}

function exclusiveViolations(
  column: string,
  tags: PolicyTag[],
): TagPolicyViolation[] {
  const byCategory = new Map<string, string[]>();
  for (const tag of tags.filter(t => t.exclusive)) {
    byCategory.set(tag.category, [
      ...(byCategory.get(tag.category) ?? []),
      tag.name,
    ]);
  }
  return [...byCategory.entries()]
    .filter(([, names]) => names.length > 1)
    .map(([category, names]) => ({
      rule: 'exclusive-category' as const,
      ...(column ? { column } : {}),
      message: `${where(column)} has ${
        names.length
      } tags of the exclusive category ${category} (${names
        .sort()
        .join(', ')}): keep one`,
    }));
}

/**
 * The 400 refusing a change: the message lists every violation, and the
 * body carries them as `error.violations` for the UI.
 */
export class TagPolicyError extends InputError {
  readonly violations: TagPolicyViolation[];

  constructor(violations: TagPolicyViolation[]) {
    super(
      `Tag policy violated: ${violations
        .map(v => `[${v.rule}] ${v.message}`)
        .join('; ')}`,
    );
    this.violations = violations;
  }
}
