/** Stands in for an empty bin, so that PSI stays finite. */
const EPSILON = 1e-4;

/**
 * Population stability index of two distributions over the same bins
 * (shares summing to 1): Σ (actual − expected) · ln(actual / expected).
 */
export function psi(expected: number[], actual: number[]): number {
  let total = 0;
  expected.forEach((e, i) => {
    const a = Math.max(actual[i], EPSILON);
    const b = Math.max(e, EPSILON);
    total += (a - b) * Math.log(a / b);
  });
  return total;
}

const ascending = (a: number, b: number) => a - b;

function shares(counts: number[], total: number): number[] {
  return counts.map(count => (total === 0 ? 0 : count / total));
}

/**
 * PSI of numeric samples over bins cut at the baseline's quantiles
 * (`bins` of equal baseline share; fewer when values repeat).
 */
export function numericPsi(
  baseline: number[],
  current: number[],
  bins = 10,
): number {
  const sorted = [...baseline].sort(ascending);
  const edges = [
    ...new Set(
      Array.from(
        { length: bins - 1 },
        (_, i) => sorted[Math.floor(((i + 1) * sorted.length) / bins)],
      ),
    ),
  ].filter(edge => edge !== undefined);
  const binOf = (value: number) => {
    let bin = 0;
    while (bin < edges.length && value >= edges[bin]) bin += 1;
    return bin;
  };
  const count = (values: number[]) => {
    const counts = new Array(edges.length + 1).fill(0);
    for (const value of values) counts[binOf(value)] += 1;
    return shares(counts, values.length);
  };
  return psi(count(baseline), count(current));
}

/**
 * PSI of categorical frequencies over the baseline's `k` most frequent
 * values and one bin for every other value.
 */
export function categoricalPsi(
  baseline: Map<string, number>,
  baselineTotal: number,
  current: Map<string, number>,
  currentTotal: number,
  k = 10,
): number {
  const categories = [...baseline]
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([value]) => value);
  const binsOf = (frequencies: Map<string, number>, total: number) => {
    const counts = categories.map(value => frequencies.get(value) ?? 0);
    const listed = counts.reduce((sum, count) => sum + count, 0);
    return shares([...counts, Math.max(total - listed, 0)], total);
  };
  return psi(
    binsOf(baseline, baselineTotal),
    binsOf(current, currentTotal),
  );
}

/**
 * The two-sample Kolmogorov–Smirnov statistic D: the largest distance
 * between the two empirical distribution functions.
 */
export function ksStatistic(a: number[], b: number[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const x = [...a].sort(ascending);
  const y = [...b].sort(ascending);
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < x.length && j < y.length) {
    const value = Math.min(x[i], y[j]);
    while (i < x.length && x[i] <= value) i += 1;
    while (j < y.length && y[j] <= value) j += 1;
    d = Math.max(d, Math.abs(i / x.length - j / y.length));
  }
  return d;
}
