/** mulberry32: a small seeded generator, so reports are reproducible. */
function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A uniform sample of at most `size` values of a stream (Algorithm R): the
 * distribution checks compare samples, so memory stays bounded however
 * many rows a version has. Up to `size` values it holds them all.
 */
export class Reservoir {
  readonly values: number[] = [];
  private seen = 0;
  private readonly random = seededRandom(0x5eed);

  constructor(private readonly size: number) {}

  add(value: number) {
    this.seen += 1;
    if (this.values.length < this.size) {
      this.values.push(value);
      return;
    }
    const slot = Math.floor(this.random() * this.seen);
    if (slot < this.size) this.values[slot] = value;
  }
}
