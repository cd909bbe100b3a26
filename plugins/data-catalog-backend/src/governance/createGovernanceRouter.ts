import express from 'express';
import Router from 'express-promise-router';
import { DataCatalogContext } from '../service/DataCatalogContext';
import { createActivityRouter } from './activityRouter';
import { createDiscussionsRouter } from './discussionsRouter';
import { createDocsRouter } from './docsRouter';
import { createFavoritesRouter } from './favoritesRouter';
import { createGlossaryTermsRouter } from './glossaryTermsRouter';
import { createGlossaryWorkflowRouter } from './glossaryWorkflowRouter';
import { createTagAssignmentRouter } from './tagAssignmentRouter';
import { createTagsRouter } from './tagsRouter';
import { seedDefaultTags } from './tagSeed';

/**
 * What people add to the inventory: documentation, tags and their policy,
 * the glossary workflow, discussions, favourites and the activity feed.
 * Seeds the default tag vocabulary on first start.
 */
export async function createGovernanceRouter(
  context: DataCatalogContext,
): Promise<express.Router> {
  await seedDefaultTags(context.knex);
  const router = Router();
  router.use(createActivityRouter(context));
  router.use(createDocsRouter(context));
  router.use(createTagsRouter(context));
  router.use(createTagAssignmentRouter(context));
  router.use(createGlossaryTermsRouter(context));
  router.use(createGlossaryWorkflowRouter(context));
  router.use(createDiscussionsRouter(context));
  router.use(createFavoritesRouter(context));
  return router;
}
