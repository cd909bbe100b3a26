import { mockServices } from '@backstage/backend-test-utils';
import { EventParams } from '@backstage/plugin-events-node';
import {
  HARVESTER_TOPICS,
  MAX_CHANGED_VMS,
  VmsChangedPayload,
} from '@internal/plugin-harvester-common';
import { ClusterHandle } from '../clusters/ClusterHandle';
import { ClusterRegistry } from '../clusters/ClusterRegistry';
import { CacheChangeListener, ClusterCache } from '../kube/ClusterCache';
import { createTestCluster, TestCluster } from '../__testUtils__/testCluster';
import { vmManifest } from '../vms/__testUtils__/vmFixtures';
import { publishVmChanges } from './publishVmChanges';

function recordedEvents() {
  const events = mockServices.events();
  const received: EventParams[] = [];
  const subscribed = events.subscribe({
    id: 'test',
    topics: [HARVESTER_TOPICS.vmsChanged],
    onEvent: async event => {
      received.push(event);
    },
  });
  return { events, received, subscribed };
}

const until = async (probe: () => boolean) => {
  for (let i = 0; i < 100 && !probe(); i++) {
    await new Promise(resolve => setTimeout(resolve, 50));
  }
  expect(probe()).toBe(true);
};

describe('publishVmChanges', () => {
  let cluster: TestCluster;
  beforeAll(async () => {
    cluster = await createTestCluster();
  });
  afterAll(() => cluster?.cleanup());

  it('publishes when a VM appears in a cluster cache, and nothing once stopped', async () => {
    const { events, received, subscribed } = recordedEvents();
    await subscribed;
    const stop = publishVmChanges({
      clusters: cluster.registry,
      events,
      logger: mockServices.logger.mock(),
      debounceMs: 100,
    });
    await cluster.client.create('vm', vmManifest(cluster.namespace, 'new-vm'));
    const created = `${cluster.definition.name}/${cluster.namespace}/new-vm`;
    await until(() =>
      received.some(e =>
        (e.eventPayload as VmsChangedPayload).vms?.includes(created),
      ),
    );

    stop();
    received.length = 0;
    await cluster.client.create(
      'vm',
      vmManifest(cluster.namespace, 'later-vm'),
    );
    await new Promise(resolve => setTimeout(resolve, 300));
    expect(received).toEqual([]);
  });

  it('folds a burst into one event, ignores updates and picks up new clusters', async () => {
    jest.useFakeTimers();
    try {
      const listeners = new Map<string, CacheChangeListener>();
      const handle = (name: string) =>
        ({
          name,
          cache: {
            onChange: (listener: CacheChangeListener) => {
              listeners.set(name, listener);
              return () => listeners.delete(name);
            },
          } as unknown as ClusterCache,
        } as ClusterHandle);
      const handles = [handle('a')];
      const registry = { list: () => handles } as unknown as ClusterRegistry;
      const events = mockServices.events.mock();
      events.publish.mockResolvedValue();
      const stop = publishVmChanges({
        clusters: registry,
        events,
        logger: mockServices.logger.mock(),
        debounceMs: 2_000,
        rescanMs: 10_000,
      });
      const vm = vmManifest('ns', 'vm');

      listeners.get('a')!('vm', 'MODIFIED', vm);
      listeners.get('a')!('vmi', 'ADDED', vm);
      jest.advanceTimersByTime(5_000);
      expect(events.publish).not.toHaveBeenCalled();

      handles.push(handle('b'));
      jest.advanceTimersByTime(10_000);
      listeners.get('b')!('vm', 'ADDED', vm);
      listeners.get('a')!('vm', 'DELETED', vm);
      listeners.get('b')!('vm', 'DELETED', vm);
      jest.advanceTimersByTime(1_999);
      expect(events.publish).not.toHaveBeenCalled();
      jest.advanceTimersByTime(1);
      expect(events.publish.mock.calls).toEqual([
        [
          {
            topic: HARVESTER_TOPICS.vmsChanged,
            eventPayload: { clusters: ['a', 'b'], vms: ['a/ns/vm', 'b/ns/vm'] },
          },
        ],
      ]);

      // More VMs than one event names: the catalog reads everything.
      events.publish.mockClear();
      for (let i = 0; i <= MAX_CHANGED_VMS; i++) {
        listeners.get('a')!('vm', 'ADDED', vmManifest('ns', `vm-${i}`));
      }
      jest.advanceTimersByTime(2_000);
      expect(events.publish.mock.calls).toEqual([
        [
          {
            topic: HARVESTER_TOPICS.vmsChanged,
            eventPayload: { clusters: ['a'] },
          },
        ],
      ]);

      stop();
      expect(listeners.size).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });
});
