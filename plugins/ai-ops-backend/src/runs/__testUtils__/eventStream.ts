export type StreamedEvent = { type: string; data: Record<string, any> };

/**
 * Opens an SSE route with fetch and collects what it sends: `until` reads
 * until the events so far satisfy a condition (the test's timeout ends a
 * wait that never does), `close` cancels the stream.
 */
export async function openEventStream(
  url: string,
  headers: Record<string, string>,
) {
  const response = await fetch(url, { headers });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  const events = (): StreamedEvent[] =>
    text
      .split('\n\n')
      .slice(0, -1) // the last block is not complete yet
      .filter(block => block.startsWith('event:'))
      .map(block => ({
        type: /^event: (\w+)/.exec(block)![1],
        data: JSON.parse(block.split('data: ')[1]),
      }));
  const until = async (
    done: (text: string, so: StreamedEvent[]) => boolean,
  ) => {
    while (!done(text, events())) {
      const { value, done: ended } = await reader.read();
      if (ended) throw new Error(`The stream ended early: ${text}`);
      text += decoder.decode(value, { stream: true });
    }
    return events();
  };
  return { response, events, until, close: () => reader.cancel() };
}
