import { Knex } from 'knex';
import request from 'supertest';
import { Latency, measureQueries } from '../catalog/stats';
import {
  asUser,
  createTestApp,
} from '../../plugins/ai-ops-backend/src/__testUtils__/testContext';
import { benchContext } from './benchContext';
import { startExecution } from '../../plugins/ai-ops-backend/src/runs/startExecution';
import { SeededRuns } from './seedRuns';

const PAGE = 50;
const DEEP_PAGES = 5;
const DAY_MS = 24 * 3600 * 1000;

type ListQuery = { workspace: string; filter: string };

/** First pages of every filter the run list offers, per workspace. */
function listQueries(seeded: SeededRuns): ListQuery[] {
  const day = (ago: number) =>
    encodeURIComponent(
      new Date(seeded.newest.getTime() - ago * DAY_MS).toISOString(),
    );
  const queries: ListQuery[] = [];
  seeded.workspaces.forEach((workspace, w) => {
    const filters = [
      '',
      'state=FAILED',
      'state=RUNNING,PENDING',
      'trigger=schedule',
      `from=${day(67)}&to=${day(60)}`,
      'initiator=user:default/user-7',
      ...seeded.pipelines
        .slice(w * 5, w * 5 + 5)
        .flatMap(p => [`pipeline=${p}`, `pipeline=${p}&state=SUCCEEDED`]),
    ];
    for (const filter of filters)
      queries.push({ workspace: workspace.name, filter });
  });
  return queries;
}

/**
 * The run list through the real router (authentication, permission,
 * validation, keyset query, progress): each query's first page and then
 * `DEEP_PAGES` more by cursor, one at a time.
 */
export async function benchKeysetList(
  knex: Knex,
  seeded: SeededRuns,
): Promise<Latency> {
  // Seeded active runs belong to a live backend: this one leaves them be.
  await knex('execution_workers').insert({
    id: 'bench:0:seed',
    started_at: new Date(),
    heartbeat_at: new Date(Date.now() + 3600_000),
  });
  await knex('runs')
    .whereNull('worker_id')
    .update({ worker_id: 'bench:0:seed' });
  const execution = await startExecution(benchContext(knex));
  const app = createTestApp(execution.router);
  const headers = asUser('user:default/bench');
  const page = async (workspace: string, query: string) => {
    const response = await request(app)
      .get(`/workspaces/${workspace}/runs?limit=${PAGE}&${query}`)
      .set(headers);
    if (response.status !== 200)
      throw new Error(`${query}: ${response.status} ${response.text}`);
    return response.body as { items: unknown[]; nextCursor?: string };
  };
  // Every page a person reaches, as its own request with its cursor.
  const requests: ListQuery[] = [];
  for (const q of listQueries(seeded)) {
    requests.push(q);
    let body = await page(q.workspace, q.filter);
    for (let i = 0; i < DEEP_PAGES && body.nextCursor; i++) {
      const filter = `${q.filter}&cursor=${body.nextCursor}`;
      requests.push({ workspace: q.workspace, filter });
      body = await page(q.workspace, filter);
    }
  }
  try {
    return await measureQueries(
      'keyset pages, composite indexes (API)',
      requests,
      q => page(q.workspace, q.filter),
    );
  } finally {
    await execution.orchestrator.shutdown();
  }
}

/**
 * The alternative: the same filters and pages by OFFSET on a copy of the
 * table without the composite indexes (its primary key only), straight in
 * SQL, so without the API's own work.
 */
export async function benchOffsetList(
  knex: Knex,
  seeded: SeededRuns,
): Promise<Latency> {
  await knex.raw('CREATE TABLE runs_plain AS SELECT * FROM runs');
  await knex.raw('ALTER TABLE runs_plain ADD PRIMARY KEY (id)');
  await knex.raw('ANALYZE runs_plain');
  const ids = new Map(seeded.workspaces.map(w => [w.name, w.id]));
  const requests = listQueries(seeded).flatMap(q =>
    Array.from({ length: DEEP_PAGES + 1 }, (_, pageIndex) => ({
      ...q,
      offset: pageIndex * PAGE,
    })),
  );
  const run = async (q: ListQuery & { offset: number }) => {
    const params = new URLSearchParams(q.filter);
    const query = knex('runs_plain')
      .where('workspace_id', ids.get(q.workspace)!)
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(PAGE + 1)
      .offset(q.offset);
    if (params.get('state'))
      query.whereIn('state', params.get('state')!.split(','));
    if (params.get('pipeline'))
      query.where('pipeline_id', params.get('pipeline')!);
    if (params.get('trigger'))
      query.where('trigger_type', params.get('trigger')!);
    if (params.get('initiator'))
      query.where('initiator', params.get('initiator')!);
    if (params.get('from'))
      query.where('created_at', '>=', new Date(params.get('from')!));
    if (params.get('to'))
      query.where('created_at', '<', new Date(params.get('to')!));
    return query;
  };
  return measureQueries(
    'OFFSET pages, no composite index (SQL only)',
    requests,
    run,
  );
}
