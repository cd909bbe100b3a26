import {
  keepReading,
  parseServerSentEvents,
  ServerSentEvent,
} from './readStream';

describe('parseServerSentEvents', () => {
  it('splits events across chunks and skips heartbeats', () => {
    const events: ServerSentEvent[] = [];
    let rest = parseServerSentEvents(
      ': connected\n\nevent: run\ndata: {"a"',
      e => events.push(e),
    );
    expect(events).toEqual([]);
    rest = parseServerSentEvents(
      `${rest}:1}\n\n: heartbeat\n\nevent: task\r\ndata: 2\r\n\r\n`,
      e => events.push(e),
    );
    expect(events).toEqual([
      { event: 'run', data: '{"a":1}' },
      { event: 'task', data: '2' },
    ]);
    expect(rest).toBe('');
  });
});

describe('keepReading', () => {
  it('reads chunks, opens the stream again after it ends, and stops when closed', async () => {
    const chunks: string[] = [];
    const opened: boolean[] = [];
    let opens = 0;
    const open = jest.fn(async (): Promise<Response> => {
      opens += 1;
      return new Response(`part ${opens}`);
    });
    const subscription = keepReading(open, chunk => chunks.push(chunk), {
      onOpen: again => opened.push(again),
      pauseMs: 5,
    });
    await new Promise(resolve => setTimeout(resolve, 30));
    subscription.close();
    const calls = open.mock.calls.length;
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(chunks.slice(0, 2)).toEqual(['part 1', 'part 2']);
    expect(opened.slice(0, 2)).toEqual([false, true]);
    await new Promise(resolve => setTimeout(resolve, 20));
    expect(open.mock.calls.length).toBe(calls);
  });
});
