/** Kubernetes quantity suffixes, as multipliers of the plain number. */
const multipliers: Record<string, number> = {
  '': 1,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  Ki: 1024,
  Mi: 1024 ** 2,
  Gi: 1024 ** 3,
  Ti: 1024 ** 4,
  Pi: 1024 ** 5,
};

/** `10Gi` → 10737418240; undefined when it is no quantity. */
export function quantityToBytes(quantity: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)([a-zA-Z]*)$/.exec(quantity.trim());
  if (!match || !(match[2] in multipliers)) return undefined;
  return Number(match[1]) * multipliers[match[2]];
}

const binaryUnits: [string, number][] = [
  ['Ti', 1024 ** 4],
  ['Gi', 1024 ** 3],
  ['Mi', 1024 ** 2],
  ['Ki', 1024],
];

/** 10737418240 → `10Gi`: the largest binary unit that divides it exactly. */
export function bytesToQuantity(bytes: number): string {
  const exact = binaryUnits.find(([, size]) => bytes % size === 0);
  return exact ? `${bytes / exact[1]}${exact[0]}` : String(bytes);
}
