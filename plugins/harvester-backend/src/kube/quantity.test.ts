import { formatBytes, parseQuantity } from './quantity';

describe('parseQuantity', () => {
  it.each([
    ['4Gi', 4 * 2 ** 30],
    ['500Mi', 500 * 2 ** 20],
    ['500m', 0.5],
    ['1.5', 1.5],
    ['2', 2],
    ['10G', 10e9],
    ['1e3', 1000],
    ['1.5Ti', 1.5 * 2 ** 40],
    ['100k', 100_000],
    [' 8Gi ', 8 * 2 ** 30],
  ])('reads %p', (value, expected) => {
    expect(parseQuantity(value)).toBeCloseTo(expected, 6);
  });

  it('passes numbers through and rejects what is not a quantity', () => {
    expect(parseQuantity(3)).toBe(3);
    expect(parseQuantity(undefined)).toBeUndefined();
    expect(parseQuantity('')).toBeUndefined();
    expect(parseQuantity('4GB')).toBeUndefined();
    expect(parseQuantity('Gi')).toBeUndefined();
    expect(parseQuantity(Number.NaN)).toBeUndefined();
  });
});

describe('formatBytes', () => {
  it('picks a binary unit', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(512 * 2 ** 20)).toBe('512 MiB');
    expect(formatBytes(1.5 * 2 ** 30)).toBe('1.5 GiB');
    expect(formatBytes(10 * 2 ** 40)).toBe('10 TiB');
  });
});
