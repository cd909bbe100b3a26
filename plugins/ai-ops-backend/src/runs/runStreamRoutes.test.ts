import { describeOnBothDatabases } from '@internal/testing';
import { AddressInfo } from 'node:net';
import request from 'supertest';
import { asUser } from '../__testUtils__/testContext';
import { openEventStream } from './__testUtils__/eventStream';
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

      const stream = await openEventStream(`${base}${RUNS}/events`, alice);
      expect(stream.response.headers.get('content-type')).toContain(
        'text/event-stream',
      );
      await stream.until(text => text.includes(': connected'));
      await request(t.app)
        .post(`/workspaces/ml/pipelines/${t.twoStep.id}/runs`)
        .set(alice)
        .send({})
        .expect(201);
      const parsed = await stream.until((_, events) =>
        events.some(e => e.type === 'run' && e.data.state === 'SUCCEEDED'),
      );
      await stream.close();
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
