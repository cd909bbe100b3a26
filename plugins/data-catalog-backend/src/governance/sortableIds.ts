import { randomBytes } from 'node:crypto';

let lastMs = 0;
let sequence = 0;

/**
 * A UUID-shaped id that sorts by creation time, and within one process
 * strictly in creation order (a counter breaks ties in the same
 * millisecond). History rows are ordered by it, as timestamps can tie.
 */
export function sortableId(): string {
  let ms = Date.now();
  if (ms <= lastMs) {
    sequence += 1;
    if (sequence > 0xffff) {
      lastMs += 1;
      sequence = 0;
    }
    ms = lastMs;
  } else {
    lastMs = ms;
    sequence = 0;
  }
  const hex = `${ms.toString(16).padStart(12, '0')}${sequence
    .toString(16)
    .padStart(4, '0')}${randomBytes(8).toString('hex')}`;
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20, 32),
  ].join('-');
}
