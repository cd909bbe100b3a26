import {
  aiOpsPipelineReadPermission,
  aiOpsPipelineUpdatePermission,
  pipelineTemplates,
} from '@internal/plugin-ai-ops-common';
import { describeOnBothDatabases } from '@internal/testing';
import request from 'supertest';
import { auditTrail } from '../__testUtils__/auditTrail';
import {
  asUser,
  createTestApp,
  createTestWorkspace,
  workspaceCondition,
} from '../__testUtils__/testContext';
import { migratedTestContext } from '../__testUtils__/migratedTestContext';
import { createPipelinesRouter } from './createPipelinesRouter';
import { PipelineStore } from './PipelineStore';

const alice = asUser('user:default/alice');
const PIPELINES = '/workspaces/ml-research/pipelines';

describeOnBothDatabases('pipelines router', databases => {
  async function setUp(databaseId: Parameters<typeof databases.init>[0]) {
    const test = await migratedTestContext(databases, databaseId);
    const { knex } = test;
    for (const name of ['ml-research', 'forecasting']) {
      await createTestWorkspace(knex, {
        name,
        owner: 'group:default/ml-platform',
        members: [
          {
            principal: 'user:default/alice',
            role: name === 'ml-research' ? 'editor' : 'viewer',
          },
        ],
      });
    }
    test.grants[aiOpsPipelineReadPermission.name] = workspaceCondition(
      'member',
      ['user:default/alice'],
    );
    test.grants[aiOpsPipelineUpdatePermission.name] = workspaceCondition(
      'editor',
      ['user:default/alice'],
    );
    const app = createTestApp(await createPipelinesRouter(test.context));
    return { ...test, app };
  }

  it.each(databases.eachSupportedId())(
    'serves node types and templates on %p',
    async databaseId => {
      const { app, grants } = await setUp(databaseId);
      await request(app).get('/node-types').expect(401);
      const types = await request(app)
        .get('/node-types')
        .set(alice)
        .expect(200);
      const train = types.body.items.find(
        (t: { type: string }) => t.type === 'model.train',
      );
      expect(train).toMatchObject({
        version: 1,
        inputs: [{ name: 'train', required: true, kind: 'dataset' }],
        configJsonSchema: {
          type: 'object',
          properties: { epochs: { type: 'integer', default: 300 } },
        },
      });
      const cv = await request(app)
        .get('/templates?domain=cv')
        .set(alice)
        .expect(200);
      expect(cv.body.items.map((t: { id: string }) => t.id)).toEqual([
        'cv-shape-classifier',
      ]);
      await request(app)
        .get('/templates?domain=chemistry')
        .set(alice)
        .expect(400);
      delete grants[aiOpsPipelineReadPermission.name];
      await request(app).get('/templates').set(alice).expect(403);
    },
  );

  it.each(databases.eachSupportedId())(
    'creates, finds, edits and deletes pipelines on %p',
    async databaseId => {
      const { app, context } = await setUp(databaseId);
      await request(app).post(PIPELINES).send({}).expect(401);
      await request(app)
        .post('/workspaces/forecasting/pipelines')
        .set(alice)
        .send({ name: 'x', title: 'X', domain: 'cv' })
        .expect(403);
      await request(app)
        .post('/workspaces/nowhere/pipelines')
        .set(alice)
        .send({ name: 'x', title: 'X', domain: 'cv' })
        .expect(404);
      const created = await request(app)
        .post(PIPELINES)
        .set(alice)
        .send({
          name: 'shapes',
          title: 'Shape classifier',
          description: 'Circles versus squares',
          domain: 'cv',
          tags: ['vision', 'demo'],
        })
        .expect(201);
      expect(created.body).toMatchObject({
        workspace: 'ml-research',
        name: 'shapes',
        owner: 'group:default/ml-platform',
        currentVersion: 1,
        createdBy: 'user:default/alice',
        graph: pipelineTemplates.find(t => t.id === 'cv-shape-classifier')!
          .graph,
      });
      await request(app)
        .post(PIPELINES)
        .set(alice)
        .send({ name: 'shapes', title: 'Again', domain: 'cv' })
        .expect(409);
      await request(app)
        .post(PIPELINES)
        .set(alice)
        .send({ name: 'x', title: 'X', domain: 'cv', template: 'nope' })
        .expect(400);
      const invalid = await request(app)
        .post(PIPELINES)
        .set(alice)
        .send({
          name: 'broken',
          title: 'Broken',
          domain: 'llm',
          graph: {
            nodes: [
              {
                id: 'train',
                type: 'model.train',
                typeVersion: 1,
                config: { epochs: 'ten' },
              },
            ],
          },
        })
        .expect(400);
      expect(invalid.body.error.message).toBe(
        'Invalid graph: graph.nodes[train].config.epochs: Invalid input: expected number, received string; graph.nodes[train].inputs.train: Required input is not connected',
      );
      for (const [name, domain, tags, owner] of [
        ['forecast', 'time-series', ['demo'], 'group:default/data-engineering'],
        ['reviews', 'llm', ['nlp'], undefined],
      ] as const) {
        await request(app)
          .post(PIPELINES)
          .set(alice)
          .send({ name, title: `${name} pipeline`, domain, tags, owner })
          .expect(201);
      }

      const names = async (query: string) =>
        (
          await request(app).get(`${PIPELINES}?${query}`).set(alice).expect(200)
        ).body.items
          .map((p: { name: string }) => p.name)
          .sort();
      expect(await names('')).toEqual(['forecast', 'reviews', 'shapes']);
      expect(await names('q=SQUARES')).toEqual(['shapes']);
      expect(await names('q=pipeline%20rev')).toEqual(['reviews']);
      expect(await names('q=nlp')).toEqual(['reviews']);
      expect(await names('q=100%25')).toEqual([]);
      expect(await names('domain=time-series')).toEqual(['forecast']);
      expect(await names('tag=demo')).toEqual(['forecast', 'shapes']);
      expect(await names('tag=dem')).toEqual([]);
      expect(await names('owner=group:default/data-engineering')).toEqual([
        'forecast',
      ]);
      const page = await request(app)
        .get(`${PIPELINES}?limit=2`)
        .set(alice)
        .expect(200);
      expect(page.body).toMatchObject({ totalCount: 3, nextOffset: 2 });
      await request(app).get(`${PIPELINES}?limit=0`).set(alice).expect(400);

      const patched = await request(app)
        .patch(`${PIPELINES}/shapes`)
        .set(alice)
        .send({ title: 'Shapes', tags: ['vision'] })
        .expect(200);
      expect(patched.body).toMatchObject({ title: 'Shapes', tags: ['vision'] });
      await request(app)
        .patch(`${PIPELINES}/shapes`)
        .set(alice)
        .send({ name: 'renamed' })
        .expect(400);
      await request(app)
        .get(`${PIPELINES}/${created.body.id}`)
        .set(alice)
        .expect(200);
      await request(app).delete(`${PIPELINES}/shapes`).set(alice).expect(204);
      await request(app).get(`${PIPELINES}/shapes`).set(alice).expect(404);
      await request(app).delete(`${PIPELINES}/shapes`).set(alice).expect(404);
      // The name is free again.
      await request(app)
        .post(PIPELINES)
        .set(alice)
        .send({ name: 'shapes', title: 'Shapes 2', domain: 'cv' })
        .expect(201);

      const trail = await auditTrail(context.auditor);
      expect(trail.filter(e => !e.failed).map(e => e.eventId)).toEqual([
        'ai-ops.pipeline.create',
        'ai-ops.pipeline.create',
        'ai-ops.pipeline.create',
        'ai-ops.pipeline.update',
        'ai-ops.pipeline.delete',
        'ai-ops.pipeline.create',
      ]);
      expect(
        trail.find(e => e.eventId === 'ai-ops.pipeline.update'),
      ).toMatchObject({
        meta: {
          before: { title: 'Shape classifier', tags: ['vision', 'demo'] },
        },
        succeeded: { after: { title: 'Shapes', tags: ['vision'] } },
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'versions graphs with their changes on %p',
    async databaseId => {
      const { app, knex } = await setUp(databaseId);
      const created = await request(app)
        .post(PIPELINES)
        .set(alice)
        .send({ name: 'forecast', title: 'Forecast', domain: 'time-series' })
        .expect(201);
      const graph = structuredClone(created.body.graph);
      const VERSIONS = `${PIPELINES}/forecast/versions`;

      const cyclic = structuredClone(graph);
      cyclic.edges.push({
        from: { node: 'evaluate', output: 'metrics' },
        to: { node: 'ingest', input: 'extra' },
      });
      const rejected = await request(app)
        .post(VERSIONS)
        .set(alice)
        .send({ graph: cyclic, message: 'Loop' })
        .expect(400);
      expect(rejected.body.error.message).toContain(
        "graph.nodes[ingest].inputs.extra: 'data.synthetic' has no input 'extra'",
      );
      await request(app).post(VERSIONS).set(alice).send({ graph }).expect(400);

      graph.nodes.find(
        (n: { id: string }) => n.id === 'train',
      ).config.epochs = 50;
      graph.nodes = graph.nodes.filter(
        (n: { id: string }) => n.id !== 'backtest',
      );
      graph.edges = graph.edges.filter(
        (e: { to: { node: string } }) => e.to.node !== 'backtest',
      );
      const v2 = await request(app)
        .post(VERSIONS)
        .set(alice)
        .send({ graph, message: 'Fewer epochs, no backtest', baseVersion: 1 })
        .expect(201);
      expect(v2.body).toMatchObject({
        version: 2,
        author: 'user:default/alice',
        changes: {
          nodesAdded: [],
          nodesRemoved: ['backtest'],
          nodesChanged: [{ node: 'train', fields: ['config'] }],
          edgesRemoved: ['window.data → backtest.data'],
        },
      });
      await request(app)
        .post(VERSIONS)
        .set(alice)
        .send({ graph, message: 'Stale', baseVersion: 1 })
        .expect(409);

      const history = await request(app).get(VERSIONS).set(alice).expect(200);
      expect(
        history.body.items.map((v: { version: number; message: string }) => [
          v.version,
          v.message,
        ]),
      ).toEqual([
        [2, 'Fewer epochs, no backtest'],
        [1, 'Created'],
      ]);
      expect(history.body.items[1].changes.nodesAdded).toHaveLength(6);
      const v1 = await request(app).get(`${VERSIONS}/1`).set(alice).expect(200);
      expect(v1.body.graph.nodes).toHaveLength(6);
      await request(app).get(`${VERSIONS}/9`).set(alice).expect(404);
      await request(app).get(`${VERSIONS}/first`).set(alice).expect(400);

      const store = new PipelineStore(knex);
      const workspaceId = (
        await knex('workspaces').where({ name: 'ml-research' }).first()
      ).id;
      const current = await store.getVersion(workspaceId, created.body.id);
      expect(current?.version.version).toBe(2);
      expect(current?.version.graph.nodes).toHaveLength(5);
      expect(
        (await store.getVersion(workspaceId, created.body.id, 1))?.version.graph
          .nodes,
      ).toHaveLength(6);
      expect(
        await store.getVersion(workspaceId, created.body.id, 3),
      ).toBeUndefined();

      const check = await request(app)
        .post(`${PIPELINES}/validate`)
        .set(alice)
        .send({ graph: cyclic })
        .expect(200);
      expect(check.body.valid).toBe(false);
      expect(check.body.issues[0]).toEqual({
        path: 'graph.nodes[ingest].inputs.extra',
        message: "'data.synthetic' has no input 'extra'",
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'clones within and across workspaces on %p',
    async databaseId => {
      const { app, grants } = await setUp(databaseId);
      await request(app)
        .post(PIPELINES)
        .set(alice)
        .send({ name: 'reviews', title: 'Reviews', domain: 'llm' })
        .expect(201);
      const copy = await request(app)
        .post(`${PIPELINES}/reviews/clone`)
        .set(alice)
        .send({ name: 'reviews-copy' })
        .expect(201);
      expect(copy.body).toMatchObject({
        title: 'Reviews (copy)',
        currentVersion: 1,
      });
      const versions = await request(app)
        .get(`${PIPELINES}/reviews-copy/versions`)
        .set(alice)
        .expect(200);
      expect(versions.body.items[0].message).toBe(
        'Cloned from ml-research/reviews v1',
      );
      // Alice only views forecasting.
      await request(app)
        .post(`${PIPELINES}/reviews/clone`)
        .set(alice)
        .send({ name: 'reviews', workspace: 'forecasting' })
        .expect(403);
      grants[aiOpsPipelineUpdatePermission.name] = true;
      await request(app)
        .post(`${PIPELINES}/reviews/clone`)
        .set(alice)
        .send({ name: 'reviews', workspace: 'forecasting', title: 'R' })
        .expect(201);
      await request(app)
        .post(`${PIPELINES}/nothing/clone`)
        .set(alice)
        .send({ name: 'other' })
        .expect(404);
    },
  );
});
