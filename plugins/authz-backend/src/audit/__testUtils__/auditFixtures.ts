import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { DecisionRecord } from '@internal/plugin-authz-common';
import { randomUUID } from 'node:crypto';
import { applyDatabaseMigrations } from '../../database/migrations';
import { AuditStore } from '../AuditStore';
import { ChangeInput } from '../ChangeRecorder';

/** A migrated database of the given engine with an AuditStore on it. */
export async function createAuditTestStore(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
) {
  const knex = await databases.init(databaseId);
  await applyDatabaseMigrations(knex);
  return { knex, store: new AuditStore(knex) };
}

export function decision(
  overrides: Partial<DecisionRecord> = {},
): DecisionRecord {
  return {
    id: randomUUID(),
    time: '2026-03-10T12:00:00.000Z',
    principal: 'user:default/alice.kim',
    permission: 'catalog.entity.read',
    resourceType: 'catalog-entity',
    resourceRef: 'component:default/payments-api',
    result: 'ALLOW',
    reasons: [
      {
        effect: 'Allow',
        policyName: 'CatalogReaders',
        sid: 'ReadAll',
        roleName: 'Developer',
        conditional: false,
      },
    ],
    summary: 'Allowed by CatalogReaders/ReadAll (role Developer)',
    revision: 7,
    latencyMs: 0.42,
    engine: 'wasm',
    ...overrides,
  };
}

export function change(overrides: Partial<ChangeInput> = {}): ChangeInput {
  return {
    actor: 'user:default/admin',
    action: 'authz.policy.update',
    targetKind: 'policy',
    targetRef: 'policy:CatalogReaders',
    result: 'succeeded',
    before: { active: false },
    after: { active: true },
    pluginId: 'authz',
    ...overrides,
  };
}
