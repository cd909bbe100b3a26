import { AiOpsClient } from './AiOpsClient';

/** A fetch API answering each request from `answer`, recording what was asked. */
function clientWith(answer: (url: string, init?: RequestInit) => Response) {
  const calls: { url: string; init?: RequestInit }[] = [];
  const client = new AiOpsClient({
    discoveryApi: { getBaseUrl: async () => 'http://backend/api/ai-ops' },
    fetchApi: {
      fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
        const url = String(input);
        calls.push({ url, init });
        return answer(url, init);
      },
    },
  });
  return { client, calls };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

describe('AiOpsClient', () => {
  it('scopes requests to the workspace and sends filters as query parameters', async () => {
    const { client, calls } = clientWith(() => json({ items: [] }));
    await client.listRuns('fore casting', {
      state: 'FAILED',
      cursor: undefined,
      limit: 25,
    });
    await client.runAction('forecasting', 'run-1', 'rerun-failed');
    expect(calls.map(c => `${c.init?.method} ${c.url}`)).toEqual([
      'GET http://backend/api/ai-ops/workspaces/fore%20casting/runs?state=FAILED&limit=25',
      'POST http://backend/api/ai-ops/workspaces/forecasting/runs/run-1/rerun-failed',
    ]);
  });

  it('addresses settings, fires and deletions by encoded refs and ids', async () => {
    const { client, calls } = clientWith(
      () => new Response(null, { status: 204 }),
    );
    await client.putMember(
      'forecasting',
      'group:default/ml-platform',
      'editor',
    );
    await client.removeMember('forecasting', 'user:default/ana');
    await client.listScheduleFires('forecasting', 'p1', 's1', {
      limit: 10,
      offset: 20,
    });
    await client.deleteConnection('forecasting', 'conn-1');
    await client.deleteTrigger('forecasting', 'p1', 't1');
    expect(calls.map(c => `${c.init?.method} ${c.url}`)).toEqual([
      'PUT http://backend/api/ai-ops/workspaces/forecasting/members/group%3Adefault%2Fml-platform',
      'DELETE http://backend/api/ai-ops/workspaces/forecasting/members/user%3Adefault%2Fana',
      'GET http://backend/api/ai-ops/workspaces/forecasting/pipelines/p1/schedules/s1/fires?limit=10&offset=20',
      'DELETE http://backend/api/ai-ops/workspaces/forecasting/connections/conn-1',
      'DELETE http://backend/api/ai-ops/workspaces/forecasting/pipelines/p1/triggers/t1',
    ]);
    expect(calls[0].init?.body).toBe('{"role":"editor"}');
  });

  it("throws the server's error, with its message", async () => {
    const { client } = clientWith(() =>
      json(
        {
          error: {
            name: 'InputError',
            message: 'graph.nodes[train].config.epochs: Expected number',
          },
          response: { statusCode: 400 },
        },
        400,
      ),
    );
    await expect(
      client.savePipelineVersion('forecasting', 'daily-demand', {
        graph: { nodes: [], edges: [] },
        message: 'x',
      }),
    ).rejects.toMatchObject({
      body: {
        error: { message: 'graph.nodes[train].config.epochs: Expected number' },
      },
    });
  });

  it('hands the run stream’s events to the handlers', async () => {
    const { client, calls } = clientWith(
      () =>
        new Response(
          ': connected\n\nevent: run\ndata: {"id":"run-1","state":"RUNNING"}\n\nevent: task\ndata: {"id":"t","state":"FAILED"}\n\n',
        ),
    );
    const runs: unknown[] = [];
    const tasks: unknown[] = [];
    const subscription = client.streamRun('forecasting', 'run-1', {
      onRun: run => runs.push(run),
      onTask: task => tasks.push(task),
    });
    await new Promise(resolve => setTimeout(resolve, 50));
    subscription.close();
    expect(calls[0].url).toBe(
      'http://backend/api/ai-ops/workspaces/forecasting/runs/run-1/events',
    );
    expect(runs[0]).toEqual({ id: 'run-1', state: 'RUNNING' });
    expect(tasks[0]).toEqual({ id: 't', state: 'FAILED' });
  });

  it('reads the workspace’s run stream', async () => {
    const { client, calls } = clientWith(
      () =>
        new Response(
          ': connected\n\nevent: run\ndata: {"id":"run-2","state":"SUCCEEDED"}\n\n',
        ),
    );
    const runs: unknown[] = [];
    const subscription = client.streamRuns('forecasting', {
      onRun: run => runs.push(run),
      onTask: () => undefined,
    });
    await new Promise(resolve => setTimeout(resolve, 50));
    subscription.close();
    expect(calls[0].url).toBe(
      'http://backend/api/ai-ops/workspaces/forecasting/runs/events',
    );
    expect(runs).toEqual([{ id: 'run-2', state: 'SUCCEEDED' }]);
  });

  it('addresses API keys and secrets, sending the reason of a reveal', async () => {
    const { client, calls } = clientWith(() => json({ items: [] }));
    await client.createApiKey('forecasting', {
      name: 'ci',
      scopes: ['runs:create'],
    });
    await client.revokeApiKey('forecasting', 'ab12');
    await client.putSecret('forecasting', 'db pass', { value: 'v' });
    await client.revealSecret('forecasting', 'db', 'debug');
    await client.getSecretAccessLog('forecasting', 'db');
    expect(
      calls.map(c => `${c.init?.method} ${c.url} ${c.init?.body ?? ''}`),
    ).toEqual([
      'POST http://backend/api/ai-ops/workspaces/forecasting/api-keys {"name":"ci","scopes":["runs:create"]}',
      'POST http://backend/api/ai-ops/workspaces/forecasting/api-keys/ab12/revoke {}',
      'PUT http://backend/api/ai-ops/workspaces/forecasting/secrets/db%20pass {"value":"v"}',
      'POST http://backend/api/ai-ops/workspaces/forecasting/secrets/db/reveal {"reason":"debug"}',
      'GET http://backend/api/ai-ops/workspaces/forecasting/secrets/db/access-log ',
    ]);
  });
});
