import { mockServices } from '@backstage/backend-test-utils';
import { DecisionRecord } from '@internal/plugin-authz-common';
import { DecisionShipper } from './DecisionShipper';

const record = (id: string): DecisionRecord => ({
  id,
  time: new Date(0).toISOString(),
  principal: 'user:default/alice',
  permission: 'catalog.entity.read',
  result: 'ALLOW',
  reasons: [],
  summary: 'allowed',
  revision: 1,
  latencyMs: 0.1,
  engine: 'wasm',
});

describe('DecisionShipper', () => {
  it('keeps a batch that failed and sends it on the next flush, in order', async () => {
    const sent: string[][] = [];
    let fail = true;
    const shipper = new DecisionShipper({
      logger: mockServices.logger.mock(),
      flushIntervalMs: 60_000,
      send: async batch => {
        if (fail) throw new Error('503');
        sent.push(batch.map(r => r.id));
      },
    });
    shipper.add(record('a'));
    shipper.add(record('b'));
    await shipper.flush();
    expect(sent).toEqual([]);
    fail = false;
    shipper.add(record('c'));
    await shipper.flush();
    expect(sent).toEqual([['a', 'b', 'c']]);
  });

  it('splits into batches and drops the oldest beyond the queue limit', async () => {
    const sent: string[][] = [];
    const shipper = new DecisionShipper({
      logger: mockServices.logger.mock(),
      flushIntervalMs: 60_000,
      maxBatch: 2,
      maxQueue: 3,
      send: async batch => {
        sent.push(batch.map(r => r.id));
      },
    });
    for (const id of ['1', '2', '3', '4', '5']) shipper.add(record(id));
    await shipper.flush();
    expect(sent).toEqual([['3', '4'], ['5']]);
  });
});
