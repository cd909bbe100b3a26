import { PermissionsService } from '@backstage/backend-plugin-api';
import {
  auditQuerySchema,
  auditSettingsSchema,
  authzAuditConfigurePermission,
  authzAuditReadPermission,
} from '@internal/plugin-authz-common';
import express from 'express';
import Router from 'express-promise-router';
import { AuditStore } from '../../audit';
import { AuthzRouterContext } from '../AuthzRouterContext';
import { parseInput } from '@internal/plugin-authz-node';
import { sendAuditExport } from './auditExport';
import {
  auditExportQuerySchema,
  auditStatsQuerySchema,
  auditStreamQuerySchema,
  decisionBatchSchema,
} from './auditRequestSchemas';
import { streamAuditEntries } from './auditStream';
import { createStreamAuthorizer } from './streamAuthorizer';

const hourMs = 3_600_000;

/**
 * `/audit/*`: the decision and change log, its export, live stream and
 * retention setting, and the ingest of the policy module's decisions.
 *
 * `permissions` (the plugin's `coreServices.permissions`) is only needed by
 * the stream, which authorizes cookie callers itself.
 */
export async function createAuditRouter(
  context: AuthzRouterContext,
  auditStore: AuditStore,
  permissions: PermissionsService,
) {
  const router = Router();
  // A batch of decisions is larger than express's 100kb default.
  router.use(express.json({ limit: '10mb' }));
  const authorizeStream = createStreamAuthorizer(context.httpAuth, permissions);

  router.get('/entries', async (req, res) => {
    await context.authorize(req, authzAuditReadPermission);
    res.json(await auditStore.query(parseInput(auditQuerySchema, req.query)));
  });

  router.get('/entries/:id', async (req, res) => {
    await context.authorize(req, authzAuditReadPermission);
    res.json(await auditStore.get(req.params.id));
  });

  router.get('/stats', async (req, res) => {
    await context.authorize(req, authzAuditReadPermission);
    const query = parseInput(auditStatsQuerySchema, req.query);
    const to = query.to ?? new Date().toISOString();
    const span = query.bucket === 'hour' ? 24 * hourMs : 30 * 24 * hourMs;
    const from = query.from ?? new Date(Date.parse(to) - span).toISOString();
    res.json(await auditStore.stats({ from, to, bucket: query.bucket }));
  });

  router.get('/export', async (req, res) => {
    await context.authorize(req, authzAuditReadPermission);
    const { format, ...filter } = parseInput(auditExportQuerySchema, req.query);
    await sendAuditExport(res, auditStore, filter, format);
  });

  router.get('/settings', async (req, res) => {
    await context.authorize(req, authzAuditReadPermission);
    res.json(await auditStore.settings());
  });

  router.put('/settings', async (req, res) => {
    const credentials = await context.authorize(
      req,
      authzAuditConfigurePermission,
    );
    const settings = parseInput(auditSettingsSchema, req.body);
    res.json(
      await auditStore.updateSettings(
        settings,
        credentials.principal.userEntityRef,
      ),
    );
  });

  // Sets the limited user cookie that the EventSource of /stream sends.
  router.get('/cookie', async (req, res) => {
    await context.authorize(req, authzAuditReadPermission);
    const { expiresAt } = await context.httpAuth.issueUserCookie(res);
    res.json({ expiresAt: expiresAt.toISOString() });
  });

  router.get('/stream', async (req, res) => {
    await authorizeStream(req, authzAuditReadPermission);
    const filter = parseInput(auditStreamQuerySchema, req.query);
    streamAuditEntries(res, auditStore, filter);
  });

  // The permission policy module (a service principal) sends its decisions.
  router.post('/decisions', async (req, res) => {
    await context.httpAuth.credentials(req, { allow: ['service'] });
    const { items } = parseInput(decisionBatchSchema, req.body);
    res.status(201).json({ stored: await auditStore.recordDecisions(items) });
  });

  return router;
}
