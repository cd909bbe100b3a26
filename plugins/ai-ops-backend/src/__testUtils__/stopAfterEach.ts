/**
 * Stops what a test started (executors, servers) after each test of the
 * describe block it is called in; returns the function that registers a
 * `stop`.
 */
export function stopAfterEach() {
  const stops: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await Promise.all(stops.splice(0).map(stop => stop()));
  });
  return (stop: () => Promise<void>) => {
    stops.push(stop);
  };
}
