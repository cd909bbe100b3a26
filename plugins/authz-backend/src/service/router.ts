import { PermissionsService } from '@backstage/backend-plugin-api';
import express from 'express';
import Router from 'express-promise-router';
import { AuditStore } from '../audit';
import { PapStores } from '../database';
import { createAuditRouter } from './audit';
import { AuthzRouterContext } from './AuthzRouterContext';
import { createPapRouter } from './pap';
import { createPdpRouter } from './pdp';

/** Everything under `/api/authz`. */
export async function createRouter(options: {
  context: AuthzRouterContext;
  stores: PapStores;
  auditStore: AuditStore;
  permissions: PermissionsService;
}): Promise<express.Router> {
  const { context, stores, auditStore, permissions } = options;
  const router = Router();
  // The audit routes parse their own, larger bodies (decision batches), so
  // they come before the body limit of the others.
  router.use(
    '/audit',
    await createAuditRouter(context, auditStore, permissions),
  );
  router.use(express.json({ limit: '5mb' }));
  router.use(express.text({ type: 'text/csv', limit: '5mb' }));
  router.use(createPapRouter(context, stores));
  router.use(await createPdpRouter(context));
  return router;
}
