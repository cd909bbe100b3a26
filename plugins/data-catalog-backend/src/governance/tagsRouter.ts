import { parseInput } from '@internal/plugin-authz-node';
import {
  dataCatalogTableReadPermission,
  tagCategoryRequestSchema,
  tagRequestSchema,
  patchSchema,
} from '@internal/plugin-data-catalog-common';
import Router from 'express-promise-router';
import { z } from 'zod';
import { DataCatalogContext } from '../service/DataCatalogContext';
import { readableTablesFilter } from './readableTables';
import { addVocabularyRoutes } from './tagCrudRoutes';
import {
  createTagCategory,
  deleteTagCategory,
  getTagCategory,
  listTagCategories,
  updateTagCategory,
} from './tagCategoriesStore';
import { listViolations } from './tagPolicyState';
import {
  createTag,
  deleteTag,
  getTag,
  listTags,
  tablesTaggedWith,
  updateTag,
} from './tagsStore';

const listTagsQuerySchema = z.object({
  categoryId: z.string().min(1).optional(),
});

/** `/tag-categories`, `/tags` and `GET /tags/violations`. */
export function createTagsRouter(context: DataCatalogContext) {
  const router = Router();

  /** Tables the caller may read whose tags break a governance rule. */
  router.get('/tags/violations', async (req, res) => {
    const { decision } = await context.authorize.conditional(
      req,
      dataCatalogTableReadPermission,
    );
    res.json(
      await listViolations(context.knex, readableTablesFilter(decision)),
    );
  });

  addVocabularyRoutes(router, context, {
    path: '/tag-categories',
    kind: 'tag-category',
    createSchema: tagCategoryRequestSchema,
    patchSchema: patchSchema(tagCategoryRequestSchema),
    list: db => listTagCategories(db),
    get: getTagCategory,
    create: createTagCategory,
    update: (trx, id, input) => updateTagCategory(trx, id, input),
    remove: (trx, id) => deleteTagCategory(trx, id),
  });

  // A tag's name is part of the catalog entities of the tables carrying
  // it, so renaming or deleting one re-emits them.
  addVocabularyRoutes(router, context, {
    path: '/tags',
    kind: 'tag',
    createSchema: tagRequestSchema,
    patchSchema: patchSchema(tagRequestSchema),
    list: (db, req) => listTags(db, parseInput(listTagsQuerySchema, req.query)),
    get: getTag,
    create: createTag,
    async update(trx, id, input, changes) {
      const change = await updateTag(trx, id, input);
      if (change.before.name !== change.after.name) {
        for (const ref of await tablesTaggedWith(trx, id)) {
          changes.table(ref, { entity: true });
        }
      }
      return change;
    },
    async remove(trx, id, changes) {
      for (const ref of await tablesTaggedWith(trx, id)) {
        changes.table(ref, { entity: true });
      }
      return deleteTag(trx, id);
    },
  });
  return router;
}
