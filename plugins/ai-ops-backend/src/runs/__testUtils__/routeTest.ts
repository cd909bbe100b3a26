import {
  aiOpsPipelineReadPermission,
  aiOpsRunCreatePermission,
  aiOpsRunOperatePermission,
  aiOpsRunReadPermission,
} from '@internal/plugin-ai-ops-common';
import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import {
  createTestApp,
  workspaceCondition,
} from '../../__testUtils__/testContext';
import { stopAfterEach } from '../../__testUtils__/stopAfterEach';
import { edges, setUpExecution, shellNode } from './executionTest';

/**
 * The execution routes on an express app, alice a member allowed to read
 * pipelines and to read, start and operate runs in `ml`, and a two-step pipeline: `make` writes
 * 42, `use` prints it and the run's params.
 */
export async function setUpRouteTest(knex: Knex) {
  const t = await setUpExecution(knex);
  for (const permission of [
    aiOpsPipelineReadPermission,
    aiOpsRunReadPermission,
    aiOpsRunCreatePermission,
    aiOpsRunOperatePermission,
  ]) {
    t.grants[permission.name] = workspaceCondition('member', [
      'user:default/alice',
    ]);
  }
  const twoStep = await t.pipeline({
    nodes: [
      shellNode(
        'make',
        'echo making; printf 42 > "${AI_OPS_OUTPUT_OUT#file://}"',
      ),
      shellNode(
        'use',
        'cat "${AI_OPS_INPUT_IN#file://}"; echo "$AI_OPS_PARAMS" >&2',
      ),
    ],
    edges: edges(['make', 'use']),
  });
  return { ...t, twoStep, app: createTestApp(t.execution.router) };
}

/**
 * `setUp(id)` for the route tests of a describe block: each test's route
 * test is stopped after it, as is what it passes to `stopLater`.
 */
export function routeTestSetUp(databases: TestDatabases) {
  const stopLater = stopAfterEach();
  return async (id: TestDatabaseId) => {
    const t = await setUpRouteTest(await databases.init(id));
    stopLater(t.stop);
    return { ...t, stopLater };
  };
}
