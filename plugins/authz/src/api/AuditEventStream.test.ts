import { AuditEventStream } from './AuditEventStream';

class FakeSource extends EventTarget {
  readyState = 0;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  closed = false;
  close() {
    this.closed = true;
  }
}

const flush = () => new Promise(resolve => setTimeout(resolve, 0));

describe('AuditEventStream', () => {
  function start() {
    const sources: FakeSource[] = [];
    const authenticate = jest.fn(async () => {});
    const handlers = {
      onEntry: jest.fn(),
      onStatusChange: jest.fn(),
      onError: jest.fn(),
    };
    const stream = new AuditEventStream(
      {
        authenticate,
        streamUrl: async () => 'http://x/audit/stream',
        openEventSource: () => {
          const source = new FakeSource();
          sources.push(source);
          return source as unknown as EventSource;
        },
        retryDelayMs: 10,
      },
      handlers,
    );
    return { stream, sources, authenticate, handlers };
  }

  it('reports connecting, then connected when the stream opens', async () => {
    const { sources, handlers } = start();
    await flush();
    sources[0].readyState = 1;
    sources[0].onopen?.();
    expect(handlers.onStatusChange.mock.calls.map(c => c[0])).toEqual([
      'connecting',
      'connected',
    ]);
  });

  it('gets a fresh cookie and reconnects when the server closes the stream', async () => {
    const { sources, authenticate, handlers, stream } = start();
    await flush();
    sources[0].readyState = 2;
    sources[0].onerror?.();

    expect(sources[0].closed).toBe(true);
    expect(handlers.onError).toHaveBeenCalled();
    expect(handlers.onStatusChange).toHaveBeenLastCalledWith('reconnecting');
    await new Promise(resolve => setTimeout(resolve, 30));
    expect(authenticate).toHaveBeenCalledTimes(2);
    expect(sources).toHaveLength(2);
    stream.close();
  });

  it('leaves reconnecting to the browser while the source is still connecting', async () => {
    const { sources, authenticate, handlers, stream } = start();
    await flush();
    sources[0].readyState = 0;
    sources[0].onerror?.();
    await new Promise(resolve => setTimeout(resolve, 30));
    expect(handlers.onStatusChange).toHaveBeenLastCalledWith('reconnecting');
    expect(authenticate).toHaveBeenCalledTimes(1);
    stream.close();
  });

  it('opens nothing after being closed during authentication', async () => {
    const { sources, stream, handlers } = start();
    stream.close();
    await flush();
    expect(sources).toHaveLength(0);
    expect(handlers.onStatusChange).toHaveBeenLastCalledWith('closed');
  });
});
