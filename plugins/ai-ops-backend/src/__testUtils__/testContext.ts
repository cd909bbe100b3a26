import { mockServices } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { JsonObject } from '@backstage/types';
import {
  AI_OPS_WORKSPACE_RESOURCE_TYPE,
  AI_OPS_WORKSPACE_RULES,
  WorkspaceRole,
} from '@internal/plugin-ai-ops-common';
import {
  createRouteAuthorizer,
  DecisionJournal,
} from '@internal/plugin-authz-node';
import {
  createRouterTestApp,
  grantedAuth,
  TestGrants,
} from '@internal/testing';
import express from 'express';
import { Knex } from 'knex';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AiOpsContext } from '../service/AiOpsContext';
import { createObjectStore } from '../storage/createObjectStore';
import { OrganizationStore } from '../tenancy/OrganizationStore';
import { WorkspaceRow } from '../tenancy/workspaceRows';
import { WorkspaceStore } from '../tenancy/WorkspaceStore';
import { RecordingLineageService } from './RecordingLineageService';
import { SecretCipher } from '../secrets/SecretCipher';

export { asUser, type TestGrants } from '@internal/testing';

/** A CONDITIONAL decision on workspaces: one member rule with its values. */
export function workspaceCondition(
  rule: keyof typeof AI_OPS_WORKSPACE_RULES,
  values: string[],
): PolicyDecision {
  return {
    result: AuthorizeResult.CONDITIONAL,
    pluginId: 'ai-ops',
    resourceType: AI_OPS_WORKSPACE_RESOURCE_TYPE,
    conditions: {
      rule: AI_OPS_WORKSPACE_RULES[rule],
      resourceType: AI_OPS_WORKSPACE_RESOURCE_TYPE,
      params: { values },
    },
  };
}

export type TestContext = {
  context: AiOpsContext;
  grants: TestGrants;
  lineage: RecordingLineageService;
  /** Where the local object store keeps its files. */
  objectStoreDirectory: string;
};

/**
 * An AiOpsContext on a migrated `knex` behind mock auth: a request without
 * credentials is unauthenticated (401), and only `grants` are allowed. The
 * object store is a local directory of its own; `config` is the root config.
 */
export async function createTestContext(
  knex: Knex,
  options: { grants?: TestGrants; config?: JsonObject } = {},
): Promise<TestContext> {
  const grants = options.grants ?? {};
  const { httpAuth, permissions } = grantedAuth(grants);
  const objectStoreDirectory = mkdtempSync(join(tmpdir(), 'ai-ops-test-'));
  const logger = mockServices.logger.mock();
  const config = mockServices.rootConfig({
    data: {
      ...options.config,
      aiOps: {
        objectStore: { type: 'local', directory: objectStoreDirectory },
        ...(options.config?.aiOps as JsonObject | undefined),
      },
    },
  });
  const lineage = new RecordingLineageService();
  const context: AiOpsContext = {
    logger,
    config,
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
    auditor: mockServices.auditor.mock(),
    events: mockServices.events(),
    scheduler: mockServices.scheduler.mock(),
    lifecycle: mockServices.lifecycle.mock(),
    lineage,
    objectStore: await createObjectStore(config, logger),
    executors: new Map(),
    secretCipher: new SecretCipher([randomBytes(32)]),
  };
  return { context, grants, lineage, objectStoreDirectory };
}

/**
 * A workspace (in organisation `test-org` unless named, created when
 * missing) with these members, through the real stores.
 */
export async function createTestWorkspace(
  knex: Knex,
  options: {
    name: string;
    members?: { principal: string; role: WorkspaceRole }[];
    organization?: string;
    owner?: string;
  },
): Promise<WorkspaceRow> {
  const organizations = new OrganizationStore(knex);
  const orgName = options.organization ?? 'test-org';
  const organization =
    (await organizations.get(orgName)) ??
    (await organizations.create(
      { name: orgName, title: orgName },
      'user:default/test',
    ));
  return new WorkspaceStore(knex).create(
    organization,
    {
      name: options.name,
      title: options.name,
      owner: options.owner ?? 'group:default/test-team',
      members: options.members ?? [],
    },
    'user:default/test',
  );
}

/** An express app parsing JSON like the plugin's router, with its errors. */
export function createTestApp(router: express.Router) {
  return createRouterTestApp(router, { jsonLimit: '5mb' });
}
