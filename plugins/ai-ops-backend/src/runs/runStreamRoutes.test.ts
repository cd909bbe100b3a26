import { describeOnBothDatabases } from '@internal/testing';
import { AddressInfo } from 'node:net';
import request from 'supertest';
import { asUser } from '../__testUtils__/testContext';
import { routeTestSetUp } from './__testUtils__/routeTest';

const alice = asUser('user:default/alice');
const RUNS = '/workspaces/ml/runs';

describeOnBothDatabases('run event streams', databases => {
  const setUp = routeTestSetUp(databases);

  it.each(databases.eachSupportedId())(
    'streams run and task events over SSE on %p',
    async id => {
      const t = await setUp(id);
      const server = t.app.listen(0);
      t.stopLater(async () => void server.close());
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const denied = await fetch(`${base}${RUNS}/events`);
      expect(denied.status).toBe(401);

      const response = await fetch(`${base}${RUNS}/events`, { headers: alice });
      expect(response.headers.get('content-type')).toContain(
        'text/event-stream',
      );
      const reader = response.body!.getReader();
      let text = '';
      const readUntil = async (needle: RegExp) => {
        while (!needle.test(text)) {
          const { value, done } = await reader.read();
          if (done) throw new Error(`Stream ended before ${needle}: ${text}`);
          text += new TextDecoder().decode(value);
        }
      };
      await readUntil(/: connected/);
      await request(t.app)
        .post(`/workspaces/ml/pipelines/${t.twoStep.id}/runs`)
        .set(alice)
        .send({})
        .expect(201);
      await readUntil(/"state":"SUCCEEDED","trigger"/);
      await reader.cancel();
      const events = text.split('\n\n').filter(e => e.startsWith('event:'));
      const parsed = events.map(e => ({
        type: /^event: (\w+)/.exec(e)![1],
        data: JSON.parse(e.split('data: ')[1]),
      }));
      expect(
        parsed
          .filter(e => e.type === 'task')
          .map(e => `${e.data.nodeId}:${e.data.state}`),
      ).toEqual(
        expect.arrayContaining([
          'make:RUNNING',
          'make:SUCCEEDED',
          'use:RUNNING',
          'use:SUCCEEDED',
        ]),
      );
      expect(
        parsed.filter(e => e.type === 'run').map(e => e.data.state),
      ).toEqual(expect.arrayContaining(['RUNNING', 'SUCCEEDED']));
    },
  );
});
