import { NotFoundError } from '@backstage/errors';
import { SavedSearch, SearchQuery } from '@internal/plugin-data-catalog-common';
import { randomUUID } from 'node:crypto';
import { Knex } from 'knex';
import { parseJson, toIso } from '../assets/dbValues';

/** Recent (non-favourite) searches kept per user. */
export const RECENT_SEARCHES_KEPT = 20;

type Filters = Record<string, string[]>;

type SavedRow = {
  id: string;
  name: string | null;
  query: string;
  filters: string;
  favorite: boolean | number;
  last_used_at: unknown;
};

const FILTER_FIELDS = ['kind', 'platform', 'tag', 'owner', 'domain', 'quality'];

/** The non-empty filters of a search query. */
export function filtersOf(query: SearchQuery): Filters {
  const filters: Filters = {};
  for (const field of FILTER_FIELDS) {
    const values = query[field as keyof SearchQuery];
    if (Array.isArray(values) && values.length > 0) filters[field] = values;
  }
  return filters;
}

/** One spelling per filter set (sorted keys and values), for dedup. */
function canonical(filters: Filters): string {
  const sorted: Filters = {};
  for (const key of Object.keys(filters).sort()) {
    if (filters[key].length > 0) sorted[key] = [...filters[key]].sort();
  }
  return JSON.stringify(sorted);
}

function toSavedSearch(row: SavedRow): SavedSearch {
  return {
    id: row.id,
    name: row.name ?? row.query,
    query: row.query,
    filters: parseJson<Filters>(row.filters) ?? {},
    favorite: Boolean(row.favorite),
    lastUsedAt: toIso(row.last_used_at)!,
  };
}

/** The user's search of this query and filters, if any. */
async function findSame(
  trx: Knex.Transaction,
  userRef: string,
  query: string,
  filters: string,
): Promise<SavedRow | undefined> {
  return trx('saved_searches')
    .where({ user_ref: userRef, query, filters })
    .first();
}

/**
 * Records a search the user ran: the same query and filters again only
 * moves it to the top; beyond the last 20, non-favourites are dropped.
 */
export async function recordRecentSearch(
  knex: Knex,
  userRef: string,
  query: string,
  filterValues: Filters,
): Promise<void> {
  const filters = canonical(filterValues);
  const now = new Date();
  await knex.transaction(async trx => {
    const same = await findSame(trx, userRef, query, filters);
    if (same) {
      await trx('saved_searches')
        .where({ id: same.id })
        .update({ last_used_at: now });
    } else {
      await trx('saved_searches').insert({
        id: randomUUID(),
        user_ref: userRef,
        name: null,
        query,
        filters,
        favorite: false,
        last_used_at: now,
      });
    }
    const kept = trx('saved_searches')
      .select('id')
      .where({ user_ref: userRef, favorite: false })
      .orderBy([{ column: 'last_used_at', order: 'desc' }, 'id'])
      .limit(RECENT_SEARCHES_KEPT);
    await trx('saved_searches')
      .where({ user_ref: userRef, favorite: false })
      .whereNotIn('id', trx.select('id').from(kept.as('kept')))
      .delete();
  });
}

/** The user's latest searches, favourites included, newest first. */
export async function listRecentSearches(
  knex: Knex,
  userRef: string,
): Promise<SavedSearch[]> {
  const rows: SavedRow[] = await knex('saved_searches')
    .where({ user_ref: userRef })
    .orderBy([{ column: 'last_used_at', order: 'desc' }, 'id'])
    .limit(RECENT_SEARCHES_KEPT);
  return rows.map(toSavedSearch);
}

/** The user's favourite searches, by name. */
export async function listSavedSearches(
  knex: Knex,
  userRef: string,
): Promise<SavedSearch[]> {
  const rows: SavedRow[] = await knex('saved_searches')
    .where({ user_ref: userRef, favorite: true })
    .orderBy(['name', 'id']);
  return rows.map(toSavedSearch);
}

/** Saves a search as a favourite (a recent one of the same search becomes it). */
export async function saveSearch(
  knex: Knex,
  userRef: string,
  request: { name: string; query: string; filters: Filters },
): Promise<SavedSearch> {
  const filters = canonical(request.filters);
  const now = new Date();
  return knex.transaction(async trx => {
    const same = await findSame(trx, userRef, request.query, filters);
    const id = same?.id ?? randomUUID();
    const row = { name: request.name, favorite: true, last_used_at: now };
    if (same) {
      await trx('saved_searches').where({ id }).update(row);
    } else {
      await trx('saved_searches').insert({
        ...row,
        id,
        user_ref: userRef,
        query: request.query,
        filters,
      });
    }
    return toSavedSearch({
      ...row,
      id,
      query: request.query,
      filters,
      last_used_at: now,
    });
  });
}

/** Deletes one of the user's saved or recent searches; 404 for others'. */
export async function deleteSavedSearch(
  knex: Knex,
  userRef: string,
  id: string,
): Promise<void> {
  const deleted = await knex('saved_searches')
    .where({ id, user_ref: userRef })
    .delete();
  if (deleted === 0) throw new NotFoundError(`No saved search ${id}`);
}
