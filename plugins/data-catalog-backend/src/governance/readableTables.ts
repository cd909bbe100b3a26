import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { Knex } from 'knex';
import { tableConditionsFilter } from '../assets/permissionRules';

/**
 * The WHERE on `assets` of a conditional table read decision, or nothing
 * when the caller may read every table (so rows about tables that are gone
 * from the inventory stay visible to them).
 */
export function readableTablesFilter(
  decision: PolicyDecision,
): ((qb: Knex.QueryBuilder) => void) | undefined {
  return decision.result === AuthorizeResult.ALLOW
    ? undefined
    : tableConditionsFilter(decision);
}
