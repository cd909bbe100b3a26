import { plural, scaleBytes, timeAgo } from './format';

describe('format', () => {
  it('scales bytes to the largest unit that keeps the number at least 1', () => {
    const units = ['B', 'KiB', 'MiB'];
    expect(scaleBytes(512, units)).toEqual({ value: 512, unit: 'B', step: 0 });
    expect(scaleBytes(1536, units)).toEqual({
      value: 1.5,
      unit: 'KiB',
      step: 1,
    });
    expect(scaleBytes(5 * 1024 ** 3, units)).toEqual({
      value: 5 * 1024,
      unit: 'MiB',
      step: 2,
    });
  });

  it('says how long ago a moment was, in English', () => {
    const now = Date.parse('2026-01-01T12:00:00Z');
    expect(timeAgo('2026-01-01T09:00:00Z', now)).toBe('3 hours ago');
    expect(timeAgo('2025-12-31T12:00:00Z', now)).toBe('yesterday');
    expect(timeAgo(undefined, now)).toBe('never');
  });

  it('counts with the noun in the right number', () => {
    expect(plural(1, 'VM')).toBe('1 VM');
    expect(plural(1200, 'table')).toBe('1,200 tables');
    expect(plural(2, 'policy', 'policies')).toBe('2 policies');
  });
});
