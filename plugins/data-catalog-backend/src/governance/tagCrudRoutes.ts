import { parseInput } from '@internal/plugin-authz-node';
import {
  dataCatalogGlossaryReadPermission,
  dataCatalogTagManagePermission,
} from '@internal/plugin-data-catalog-common';
import { Request, Router } from 'express';
import { Knex } from 'knex';
import { z } from 'zod';
import { DataCatalogContext } from '../service/DataCatalogContext';
import { asAuditJson, auditedChange } from './auditedChange';
import {
  GovernanceChanges,
  governanceTransaction,
} from './governanceTransaction';

/** How one kind of governance vocabulary (categories, tags) is stored. */
export type VocabularyStore<T extends object, I> = {
  path: string;
  /** The audit `meta.kind`. */
  kind: string;
  createSchema: z.ZodType<I>;
  patchSchema: z.ZodType<Partial<I>>;
  list(db: Knex, req: Request): Promise<T[]>;
  get(db: Knex, id: string): Promise<T>;
  create(trx: Knex.Transaction, input: I): Promise<T>;
  update(
    trx: Knex.Transaction,
    id: string,
    input: Partial<I>,
    changes: GovernanceChanges,
  ): Promise<{ before: T; after: T }>;
  remove(
    trx: Knex.Transaction,
    id: string,
    changes: GovernanceChanges,
  ): Promise<T>;
};

const idParams = z.object({ id: z.string().min(1) });

/**
 * List, get, create, update and delete of a vocabulary: reading needs only
 * a signed-in user (the glossary read permission), changing it the tag
 * manage permission, and every change is audited with before and after.
 */
export function addVocabularyRoutes<T extends object, I>(
  router: Router,
  context: DataCatalogContext,
  store: VocabularyStore<T, I>,
) {
  const authorizeRead = (req: Request) =>
    context.authorize(req, dataCatalogGlossaryReadPermission);
  const authorizeManage = (req: Request) =>
    context.authorize(req, dataCatalogTagManagePermission);
  const audited = <R>(
    req: Request,
    action: string,
    work: (trx: Knex.Transaction, changes: GovernanceChanges) => Promise<R>,
    describe: (result: R) => object,
  ) =>
    auditedChange(
      context,
      req,
      {
        eventId: 'tag-manage',
        meta: { kind: store.kind, action, ...req.params },
      },
      async () => {
        const result = await governanceTransaction(context, (trx, changes) => {
          changes.vocabulary = true;
          return work(trx, changes);
        });
        return { result, meta: asAuditJson(describe(result)) };
      },
    );

  router.get(store.path, async (req, res) => {
    await authorizeRead(req);
    res.json(await store.list(context.knex, req));
  });
  router.get(`${store.path}/:id`, async (req, res) => {
    await authorizeRead(req);
    const { id } = parseInput(idParams, req.params);
    res.json(await store.get(context.knex, id));
  });
  router.post(store.path, async (req, res) => {
    await authorizeManage(req);
    const input = parseInput(store.createSchema, req.body);
    const created = await audited(
      req,
      'create',
      trx => store.create(trx, input),
      after => ({ after }),
    );
    res.status(201).json(created);
  });
  router.patch(`${store.path}/:id`, async (req, res) => {
    await authorizeManage(req);
    const { id } = parseInput(idParams, req.params);
    const input = parseInput(store.patchSchema, req.body);
    const { after } = await audited(
      req,
      'update',
      (trx, changes) => store.update(trx, id, input, changes),
      change => change,
    );
    res.json(after);
  });
  router.delete(`${store.path}/:id`, async (req, res) => {
    await authorizeManage(req);
    const { id } = parseInput(idParams, req.params);
    await audited(
      req,
      'delete',
      (trx, changes) => store.remove(trx, id, changes),
      before => ({ before }),
    );
    res.status(204).end();
  });
}
