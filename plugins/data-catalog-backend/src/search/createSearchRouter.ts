import {
  dataCatalogTableReadPermission,
  saveSearchRequestSchema,
  searchQuerySchema,
} from '@internal/plugin-data-catalog-common';
import { parseInput } from '@internal/plugin-authz-node';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { DataCatalogContext } from '../service/DataCatalogContext';
import { autocomplete } from './autocomplete';
import { runSearch } from './runSearch';
import {
  deleteSavedSearch,
  filtersOf,
  listRecentSearches,
  listSavedSearches,
  recordRecentSearch,
  saveSearch,
} from './savedSearches';
import { readSearchDocumentsPage } from './searchDocumentsPage';
import { startSearchIndexWork } from './searchIndexWork';

const autocompleteQuerySchema = z.object({
  q: z.string().max(200).default(''),
  limit: z.coerce.number().int().min(1).max(20).default(8),
});

const documentsQuerySchema = z.object({
  after: z.string().max(700).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
});

/**
 * `/search*`: the catalog's own search with facets and highlights,
 * autocomplete, the caller's recent and saved searches, and the document
 * feed of the Backstage search collator. Also schedules the index's
 * consistency pass.
 */
export async function createSearchRouter(
  context: DataCatalogContext,
): Promise<express.Router> {
  const { knex, authorize } = context;
  await startSearchIndexWork(context);
  const router = Router();
  // Results: only tables the caller may read (CONDITIONAL applied in SQL).
  const readDecision = (req: express.Request) =>
    authorize.conditional(req, dataCatalogTableReadPermission);
  // Own history: a signed-in user who may search at all.
  const caller = async (req: express.Request) =>
    (await readDecision(req)).credentials.principal.userEntityRef;

  router.get('/search', async (req, res) => {
    const { credentials, decision } = await readDecision(req);
    const query = parseInput(searchQuerySchema, req.query);
    const response = await runSearch(knex, query, decision);
    const text = query.q.trim();
    if (text) {
      await recordRecentSearch(
        knex,
        credentials.principal.userEntityRef,
        text,
        filtersOf(query),
      );
    }
    res.json(response);
  });

  router.get('/search/autocomplete', async (req, res) => {
    const { decision } = await readDecision(req);
    const { q, limit } = parseInput(autocompleteQuerySchema, req.query);
    res.json(await autocomplete(knex, q, limit, decision));
  });

  router.get('/search/recent', async (req, res) => {
    res.json(await listRecentSearches(knex, await caller(req)));
  });

  router.get('/search/saved', async (req, res) => {
    res.json(await listSavedSearches(knex, await caller(req)));
  });

  router.post('/search/saved', async (req, res) => {
    const userRef = await caller(req);
    const request = parseInput(saveSearchRequestSchema, req.body);
    res.status(201).json(await saveSearch(knex, userRef, request));
  });

  router.delete('/search/saved/:id', async (req, res) => {
    await deleteSavedSearch(knex, await caller(req), req.params.id);
    res.status(204).end();
  });

  // The Backstage search collator's feed: service principals only; the
  // search backend applies each document's authorization when querying.
  router.get('/search/documents', async (req, res) => {
    await context.httpAuth.credentials(req, { allow: ['service'] });
    const { after, limit } = parseInput(documentsQuerySchema, req.query);
    res.json(await readSearchDocumentsPage(knex, after, limit));
  });

  return router;
}
