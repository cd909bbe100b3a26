import { AuditEntry, AuditQuery } from '@internal/plugin-authz-common';
import { Knex } from 'knex';

/** What `/entries`, `/export` and `/stream` filter on (paging aside). */
export type AuditFilter = Omit<AuditQuery, 'offset' | 'limit'>;

/**
 * `principal` is exact unless it ends with `*`, then a prefix: an exact
 * `user:default/al` must not also match `user:default/alice`.
 */
function principalMatch(principal: string) {
  return principal.endsWith('*')
    ? { prefix: principal.slice(0, -1) }
    : { exact: principal };
}

/**
 * Adds the filter to a select on the entries table. Prefixes compare with
 * substr (case-sensitive on both engines, unlike LIKE on SQLite); the
 * resource is a case-insensitive substring, as people type it.
 */
export function applyAuditFilter(
  query: Knex.QueryBuilder,
  filter: AuditFilter,
): Knex.QueryBuilder {
  // Both engines' substr counts characters, not UTF-16 units.
  const prefix = (column: string, value: string) =>
    query.whereRaw('substr(??, 1, ?) = ?', [column, [...value].length, value]);
  if (filter.kind) query.where('kind', filter.kind);
  if (filter.from) query.where('time_ms', '>=', Date.parse(filter.from));
  if (filter.to) query.where('time_ms', '<=', Date.parse(filter.to));
  if (filter.result) query.where('result', filter.result);
  if (filter.principal) {
    const match = principalMatch(filter.principal);
    if (match.prefix !== undefined) prefix('principal', match.prefix);
    else query.where('principal', match.exact);
  }
  if (filter.permission) prefix('permission', filter.permission);
  if (filter.resource) {
    const escaped = filter.resource.toLowerCase().replace(/[!%_]/g, '!$&');
    query.whereRaw(`lower(resource_ref) like ? escape '!'`, [`%${escaped}%`]);
  }
  return query;
}

/** The same filter on one entry, for the live stream. */
export function matchesAuditFilter(
  entry: AuditEntry,
  filter: AuditFilter,
): boolean {
  const time = Date.parse(entry.time);
  const principal = entry.kind === 'decision' ? entry.principal : entry.actor;
  const permission =
    entry.kind === 'decision' ? entry.permission : entry.action;
  const resource =
    entry.kind === 'decision' ? entry.resourceRef : entry.targetRef;
  if (filter.kind && entry.kind !== filter.kind) return false;
  if (filter.from && time < Date.parse(filter.from)) return false;
  if (filter.to && time > Date.parse(filter.to)) return false;
  if (filter.result && entry.result !== filter.result) return false;
  if (filter.principal) {
    const match = principalMatch(filter.principal);
    if (match.prefix !== undefined && !principal.startsWith(match.prefix)) {
      return false;
    }
    if (match.exact !== undefined && principal !== match.exact) return false;
  }
  if (filter.permission && !permission.startsWith(filter.permission)) {
    return false;
  }
  if (
    filter.resource &&
    !(resource ?? '').toLowerCase().includes(filter.resource.toLowerCase())
  ) {
    return false;
  }
  return true;
}
