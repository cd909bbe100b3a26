import { eventsAbout, toClusterEvent } from './toClusterEvent';

const meta = (name: string) => ({
  name,
  namespace: 'apps',
  creationTimestamp: '2024-01-01T00:00:00Z',
});

describe('toClusterEvent', () => {
  it('reads a legacy core event', () => {
    expect(
      toClusterEvent('prod', {
        metadata: meta('e1'),
        involvedObject: { kind: 'VirtualMachine', name: 'web' },
        reason: 'Started',
        message: 'VM started',
        type: 'Normal',
        count: 3,
        lastTimestamp: '2024-01-02T00:00:00Z',
      }),
    ).toEqual({
      cluster: 'prod',
      namespace: 'apps',
      type: 'Normal',
      reason: 'Started',
      message: 'VM started',
      object: 'VirtualMachine/web',
      count: 3,
      lastSeen: '2024-01-02T00:00:00Z',
    });
  });

  it('reads the series of an events.k8s.io recorder', () => {
    expect(
      toClusterEvent('prod', {
        metadata: meta('e2'),
        involvedObject: { kind: 'Node', name: 'h1' },
        type: 'Warning',
        eventTime: '2024-01-02T00:00:00.000000Z',
        series: { count: 7, lastObservedTime: '2024-01-03T00:00:00.000000Z' },
      }),
    ).toMatchObject({
      type: 'Warning',
      count: 7,
      lastSeen: '2024-01-03T00:00:00.000000Z',
    });
  });

  it('falls back to the creation time and a count of one', () => {
    expect(toClusterEvent('prod', { metadata: meta('e3') })).toMatchObject({
      type: 'Normal',
      object: 'Unknown/',
      count: 1,
      lastSeen: '2024-01-01T00:00:00Z',
    });
  });
});

describe('eventsAbout', () => {
  it('keeps the events of one object, newest first across precisions', () => {
    const about = (name: string, kind: string, lastTimestamp: string) => ({
      metadata: meta(`${kind}-${lastTimestamp}`),
      involvedObject: { kind, name },
      reason: lastTimestamp,
      lastTimestamp,
    });
    const events = eventsAbout(
      'prod',
      [
        about('h1', 'Node', '2024-01-02T00:00:00Z'),
        about('h1', 'Node', '2024-01-02T00:00:00.500000Z'),
        about('h1', 'Pod', '2024-01-05T00:00:00Z'),
        about('h2', 'Node', '2024-01-05T00:00:00Z'),
        about('h1', 'Node', '2024-01-01T00:00:00Z'),
      ],
      { kinds: ['Node'], name: 'h1' },
    );
    expect(events.map(e => e.reason)).toEqual([
      '2024-01-02T00:00:00.500000Z',
      '2024-01-02T00:00:00Z',
      '2024-01-01T00:00:00Z',
    ]);
  });
});
