import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { createConditionTransformer } from '@backstage/plugin-permission-node';
import { Knex } from 'knex';
import { applyCriteria, AssetQuery } from '../assets/assetConditionSql';
import { tableConditionsFilter, tableRuleset } from '../assets/permissionRules';
import { SearchDialect } from './searchSql';

const toCriteria = createConditionTransformer(tableRuleset);

/**
 * The table read rules on a document's copies of what they test (alias
 * `d`): its table's source, effective owner, and the tags of the table and
 * its columns — the same as the rules' SQL on `assets`, but read from the
 * covering index instead of three subqueries per candidate.
 */
function documentRuleSql(dialect: SearchDialect) {
  return (qb: Knex.QueryBuilder, query: AssetQuery) => {
    switch (query.field) {
      case 'namespace':
        qb.whereIn('d.source_id', query.values);
        return;
      case 'owner':
        qb.whereRaw(
          `lower(d.owner) in (${query.values.map(() => '?').join(', ')})`,
          query.values,
        );
        return;
      case 'tag':
        qb.where(any => {
          for (const tag of query.values) {
            any.orWhereRaw(dialect.jsonArrayHas('d.access_tags'), [tag]);
          }
        });
        return;
      default:
        throw new Error(`Unknown data-catalog rule field ${query.field}`);
    }
  };
}

/**
 * Only what the caller may read: a CONDITIONAL table read decision applies
 * to the table of a table or column document (columns inherit their
 * table's permission); terms and tags have no table and stay visible.
 */
export function applyReadDecision(
  qb: Knex.QueryBuilder,
  dialect: SearchDialect,
  decision: PolicyDecision,
): void {
  if (decision.result !== AuthorizeResult.CONDITIONAL) {
    if (decision.result === AuthorizeResult.DENY) qb.whereRaw('1 = 0');
    return;
  }
  const criteria = toCriteria(decision.conditions);
  qb.where(visible =>
    visible
      .whereNull('d.entity_ref')
      .orWhere(readable =>
        applyCriteria(readable, criteria, documentRuleSql(dialect)),
      ),
  );
}

/**
 * The refs the decision allows, checked against the inventory itself: a
 * page of hits passes through this before it is shown, so a document not
 * yet refreshed after an owner or tag change never shows a table the
 * caller may no longer read.
 */
export async function readableRefs(
  knex: Knex,
  decision: PolicyDecision,
  refs: string[],
): Promise<Set<string>> {
  if (decision.result === AuthorizeResult.ALLOW || refs.length === 0) {
    return new Set(refs);
  }
  const query = knex('assets')
    .select('assets.entity_ref')
    .whereIn('assets.entity_ref', [...new Set(refs)]);
  tableConditionsFilter(decision)(query);
  const rows: { entity_ref: string }[] = await query;
  return new Set(rows.map(row => row.entity_ref));
}

/** Keeps the items without a table or whose table the decision allows. */
export async function onlyReadable<T>(
  knex: Knex,
  decision: PolicyDecision,
  items: T[],
  refOf: (item: T) => string | null | undefined,
): Promise<T[]> {
  const refs = items.map(refOf).filter((ref): ref is string => Boolean(ref));
  const readable = await readableRefs(knex, decision, refs);
  return items.filter(item => {
    const ref = refOf(item);
    return !ref || readable.has(ref);
  });
}
