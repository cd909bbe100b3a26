import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';

/** Latency figures of one series of queries, in milliseconds. */
export type Latency = { name: string; count: number; p50: number; p95: number };

export function latency(name: string, samplesMs: number[]): Latency {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { name, count: samplesMs.length, p50: at(0.5), p95: at(0.95) };
}

/**
 * Runs every query once, one at a time, after a first unmeasured round
 * (steady state: the indexes in the database's cache, the code compiled).
 */
export async function measureQueries<Q>(
  name: string,
  queries: Q[],
  run: (query: Q) => Promise<unknown>,
): Promise<Latency> {
  for (const query of queries) await run(query);
  const samples: number[] = [];
  for (const query of queries) {
    const started = performance.now();
    await run(query);
    samples.push(performance.now() - started);
  }
  return latency(name, samples);
}

/** Seconds `work` takes, with its result. */
export async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await work();
  return [(performance.now() - started) / 1000, result];
}

/** Other work on the machine slows every figure: how busy it was. */
export function machineLoad(): string {
  return `load average ${loadavg()[0].toFixed(1)}`;
}

export function printLatencies(title: string, rows: Latency[]) {
  console.log(`\n${title} (${machineLoad()})`);
  console.log(
    '  series                                        queries    p50 ms    p95 ms',
  );
  for (const r of rows) {
    console.log(
      `  ${r.name.padEnd(44)} ${String(r.count).padStart(8)} ${r.p50
        .toFixed(1)
        .padStart(9)} ${r.p95.toFixed(1).padStart(9)}`,
    );
  }
}
