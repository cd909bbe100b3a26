import {
  PiiLevel,
  TagPolicyViolation,
} from '@internal/plugin-data-catalog-common';
import { Knex } from 'knex';
import { TABLE_KINDS } from '../assets/assetKinds';
import { checkTagPolicy, TablePolicyInput, TagPolicyError } from './tagPolicy';
import { toBoolean } from './rows';

type Db = Knex | Knex.Transaction;

/**
 * The policy input of every table `restrict` keeps (a query over `assets`)
 * that carries at least one tag: a table without tags breaks no rule.
 */
async function loadPolicyInputs(
  db: Db,
  restrict: (assets: Knex.QueryBuilder) => void,
): Promise<Map<string, TablePolicyInput>> {
  const rows = await db('asset_tags as at')
    .join('tags as t', 't.id', 'at.tag_id')
    .join('tag_categories as c', 'c.id', 't.category_id')
    .leftJoin('asset_docs as d', join =>
      join.on('d.entity_ref', 'at.entity_ref').andOnVal('d.column_name', ''),
    )
    .whereIn('at.entity_ref', tables =>
      tables
        .select('assets.entity_ref')
        .from('assets')
        .whereIn('assets.kind', TABLE_KINDS)
        .modify(restrict),
    )
    .select(
      'at.entity_ref',
      'at.column_name',
      't.name',
      't.pii_level',
      't.restricted',
      'c.name as category',
      'c.exclusive',
      'd.owner',
    )
    .orderBy(['at.entity_ref', 't.name']);
  const inputs = new Map<string, TablePolicyInput>();
  for (const row of rows) {
    const input: TablePolicyInput = inputs.get(row.entity_ref) ?? {
      explicitOwner: row.owner ?? undefined,
      tags: [],
    };
    input.tags.push({
      column: row.column_name,
      tag: {
        name: row.name,
        category: row.category,
        exclusive: toBoolean(row.exclusive),
        piiLevel: row.pii_level as PiiLevel,
        restricted: toBoolean(row.restricted),
      },
    });
    inputs.set(row.entity_ref, input);
  }
  return inputs;
}

/** The rules one table breaks as stored (inside the caller's transaction). */
export async function tableViolations(
  db: Db,
  entityRef: string,
): Promise<TagPolicyViolation[]> {
  const inputs = await loadPolicyInputs(db, q =>
    q.where('assets.entity_ref', entityRef),
  );
  const input = inputs.get(entityRef);
  return input ? checkTagPolicy(input) : [];
}

/** Refuses the transaction's result (400, rolled back) if it breaks a rule. */
export async function assertTagPolicy(
  db: Db,
  entityRef: string,
  only?: (violation: TagPolicyViolation) => boolean,
): Promise<void> {
  const violations = (await tableViolations(db, entityRef)).filter(
    only ?? (() => true),
  );
  if (violations.length > 0) throw new TagPolicyError(violations);
}

/**
 * Every rule broken now by the tables `restrict` keeps, one entry per
 * violation with its table, by table ref.
 */
export async function listViolations(
  db: Db,
  restrict: (assets: Knex.QueryBuilder) => void = () => {},
): Promise<(TagPolicyViolation & { entityRef: string })[]> {
  const inputs = await loadPolicyInputs(db, restrict);
  return [...inputs.entries()].flatMap(([entityRef, input]) =>
    checkTagPolicy(input).map(violation => ({ entityRef, ...violation })),
  );
}
