import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import {
  aiOpsPipelineReadPermission,
  aiOpsPipelineUpdatePermission,
} from '@internal/plugin-ai-ops-common';
import {
  createTestApp,
  createTestWorkspace,
} from '../../__testUtils__/testContext';
import { migratedTestContext } from '../../__testUtils__/migratedTestContext';
import { PipelineStore } from '../../pipelines/PipelineStore';
import { createSchedulesRouter } from '../createSchedulesRouter';
import { RecordingRunLauncher } from './RecordingRunLauncher';

/**
 * The schedules router on a migrated database: workspaces `ml` and
 * `forecasting`, pipeline `train` in `ml`, both pipeline permissions
 * granted, and a recording launcher.
 */
export async function schedulesTestApp(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
) {
  const test = await migratedTestContext(databases, databaseId);
  const { knex } = test;
  test.grants[aiOpsPipelineReadPermission.name] = true;
  test.grants[aiOpsPipelineUpdatePermission.name] = true;
  const workspace = await createTestWorkspace(knex, { name: 'ml' });
  await createTestWorkspace(knex, { name: 'forecasting' });
  const pipeline = await new PipelineStore(knex).create(
    workspace,
    {
      name: 'train',
      title: 'Train',
      domain: 'time-series',
      tags: [],
      owner: 'group:default/ml',
      graph: { nodes: [], edges: [] },
      message: 'first',
    },
    'user:default/alice',
  );
  const launcher = new RecordingRunLauncher();
  const app = createTestApp(
    await createSchedulesRouter(test.context, launcher),
  );
  return { ...test, app, workspace, pipeline, launcher };
}
