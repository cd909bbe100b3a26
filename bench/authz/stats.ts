/** Latency figures of one measured series, in milliseconds. */
export type Figures = {
  name: string;
  count: number;
  perSecond: number;
  p50: number;
  p99: number;
};

export function figures(
  name: string,
  samplesMs: number[],
  wallMs: number,
  decisions = samplesMs.length,
): Figures {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return {
    name,
    count: decisions,
    perSecond: (decisions / wallMs) * 1000,
    p50: at(0.5),
    p99: at(0.99),
  };
}

export function printTable(title: string, rows: Figures[]) {
  console.log(`\n${title}`);
  console.log(
    '  series                                      decisions   per second    p50 ms    p99 ms',
  );
  for (const r of rows) {
    console.log(
      `  ${r.name.padEnd(42)} ${String(r.count).padStart(10)} ${r.perSecond
        .toFixed(0)
        .padStart(12)} ${r.p50.toFixed(4).padStart(9)} ${r.p99
        .toFixed(4)
        .padStart(9)}`,
    );
  }
}
