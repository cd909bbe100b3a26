/** One server-sent event: its `event:` name and its `data:` lines joined. */
export type ServerSentEvent = { event: string; data: string };

/**
 * Splits SSE text into events as chunks arrive (`\n\n` ends one; comment
 * lines, the server's heartbeats, are skipped). Returns the text that does
 * not yet end an event, to be prefixed to the next chunk.
 */
export function parseServerSentEvents(
  buffered: string,
  onEvent: (event: ServerSentEvent) => void,
): string {
  const blocks = buffered.replace(/\r\n/g, '\n').split('\n\n');
  const rest = blocks.pop() ?? '';
  for (const block of blocks) {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':') || line === '') continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      if (field === 'data') data.push(value);
    }
    if (data.length) onEvent({ event, data: data.join('\n') });
  }
  return rest;
}

/**
 * Reads a streamed response body as text chunks until it ends or `signal`
 * aborts; an abort is not an error.
 */
export async function readTextStream(
  response: Response,
  signal: AbortSignal,
  onChunk: (text: string) => void,
): Promise<void> {
  const body = response.body;
  if (!body) {
    onChunk(await response.text());
    return;
  }
  const reader = body.getReader();
  const decoder = new TextDecoder();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || signal.aborted) break;
      onChunk(decoder.decode(value, { stream: true }));
    }
  } catch (error) {
    if (!signal.aborted) throw error;
  } finally {
    reader.releaseLock();
  }
}

/**
 * Reads the response `open` gives until closed; when it ends or fails, it
 * is opened again after `pauseMs` (`onOpen` says each time whether it is
 * again).
 */
export function keepReading(
  open: (signal: AbortSignal) => Promise<Response>,
  onChunk: (text: string) => void,
  options: { onOpen?: (again: boolean) => void; pauseMs: number },
): { close(): void } {
  const controller = new AbortController();
  const { signal } = controller;
  const run = async () => {
    let again = false;
    while (!signal.aborted) {
      try {
        options.onOpen?.(again);
        await readTextStream(await open(signal), signal, onChunk);
      } catch {
        // the pause below, then again
      }
      if (signal.aborted) return;
      again = true;
      await new Promise(resolve => setTimeout(resolve, options.pauseMs));
    }
  };
  run();
  return { close: () => controller.abort() };
}
