import {
  AuditorService,
  LifecycleService,
} from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { JsonObject } from '@backstage/types';
import {
  createRouteAuthorizer,
  DecisionJournal,
} from '@internal/plugin-authz-node';
import { Knex } from 'knex';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecordingLineageService } from '../../plugins/ai-ops-backend/src/__testUtils__/RecordingLineageService';
import { SecretCipher } from '../../plugins/ai-ops-backend/src/secrets/SecretCipher';
import { AiOpsContext } from '../../plugins/ai-ops-backend/src/service/AiOpsContext';
import { LocalObjectStore } from '../../plugins/ai-ops-backend/src/storage/LocalObjectStore';

/**
 * The backend's context outside jest: mock auth (a request needs a user),
 * a policy that allows everything, a local object store of its own, and an
 * auditor and lifecycle that do nothing.
 */
export function benchContext(
  knex: Knex,
  config: JsonObject = {},
): AiOpsContext {
  const httpAuth = mockServices.httpAuth({
    defaultCredentials: mockCredentials.none(),
  });
  const permissions = mockServices.permissions({
    result: AuthorizeResult.ALLOW,
  });
  const auditor: AuditorService = {
    createEvent: async () => ({
      success: async () => {},
      fail: async () => {},
    }),
  };
  const lifecycle = {
    addStartupHook() {},
    addShutdownHook() {},
  } as unknown as LifecycleService;
  return {
    logger: mockServices.rootLogger({ level: 'warn' }),
    config: mockServices.rootConfig({ data: config }),
    knex,
    auth: mockServices.auth(),
    httpAuth,
    discovery: mockServices.discovery(),
    permissions,
    authorize: createRouteAuthorizer({
      httpAuth,
      permissions,
      journal: new DecisionJournal(),
    }),
    auditor,
    events: mockServices.events(),
    scheduler: mockServices.scheduler(),
    lifecycle,
    lineage: new RecordingLineageService(),
    objectStore: new LocalObjectStore(
      mkdtempSync(join(tmpdir(), 'bench-ai-ops-')),
    ),
    executors: new Map(),
    secretCipher: new SecretCipher([randomBytes(32)]),
  };
}
