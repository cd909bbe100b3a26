const SUFFIXES: Record<string, number> = {
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
};

/** A Kubernetes quantity (`500m`, `4Gi`, `1.5`, `2e3`) as a number; 0 when unreadable. */
export function parseQuantity(quantity: string | number | undefined): number {
  if (typeof quantity === 'number') return quantity;
  const match = /^([+-]?[\d.]+(?:[eE][+-]?\d+)?)([a-zA-Z]*)$/.exec(
    quantity?.trim() ?? '',
  );
  if (!match || !(match[2] in SUFFIXES)) return 0;
  return Number(match[1]) * SUFFIXES[match[2]];
}

/** CPU cores as metrics-server writes them: nanocores. */
export const formatCpu = (cores: number) => `${Math.round(cores * 1e9)}n`;

/** Bytes as metrics-server writes them: KiB. */
export const formatMemory = (bytes: number) => `${Math.round(bytes / 1024)}Ki`;

/** Bytes as a quota status shows them. */
export const formatBytes = (bytes: number) =>
  bytes % 2 ** 30 === 0
    ? `${bytes / 2 ** 30}Gi`
    : `${Math.round(bytes / 2 ** 20)}Mi`;

/** Cores as a quota status shows them. */
export const formatCores = (cores: number) =>
  Number.isInteger(cores) ? String(cores) : `${Math.round(cores * 1000)}m`;
