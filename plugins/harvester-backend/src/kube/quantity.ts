/**
 * Kubernetes resource quantities (`4Gi`, `500m`, `1.5`, `10G`, `1e3`) as
 * plain numbers: bytes for memory and storage, cores for CPU.
 */

const suffixes: Record<string, number> = {
  '': 1,
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};

const quantityPattern =
  /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]))?$/;

/**
 * The value of a quantity, or undefined when it is missing or not a
 * quantity. Numbers (the API may serve `int-or-string` fields as numbers)
 * pass through.
 */
export function parseQuantity(
  value: string | number | undefined | null,
): number | undefined {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : undefined;
  }
  const match = value ? quantityPattern.exec(value.trim()) : null;
  if (!match) {
    return undefined;
  }
  const [, digits, exponent, suffix = ''] = match;
  const number = Number(digits);
  return exponent
    ? number * 10 ** Number(exponent.slice(1))
    : number * suffixes[suffix];
}

const byteUnits = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];

/** Bytes for people: `512 MiB`, `1.5 GiB`, `10 TiB`. */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < byteUnits.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = Math.round(value * 10) / 10;
  return `${rounded} ${byteUnits[unit]}`;
}
