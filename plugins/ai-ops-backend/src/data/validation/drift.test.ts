import { categoricalPsi, ksStatistic, numericPsi, psi } from './drift';

describe('drift metrics', () => {
  it('computes PSI over shares', () => {
    expect(psi([0.5, 0.5], [0.5, 0.5])).toBe(0);
    // (0.9-0.5)ln(0.9/0.5) + (0.1-0.5)ln(0.1/0.5)
    expect(psi([0.5, 0.5], [0.9, 0.1])).toBeCloseTo(
      0.4 * Math.log(1.8) + -0.4 * Math.log(0.2),
      10,
    );
  });

  it('finds no numeric shift in the same values and a large one when shifted', () => {
    const base = Array.from({ length: 1000 }, (_, i) => i);
    expect(numericPsi(base, base)).toBeCloseTo(0, 10);
    expect(numericPsi(base, base.map(v => v + 1000))).toBeGreaterThan(1);
    expect(numericPsi(base, base.map(v => v + 50))).toBeLessThan(0.1);
  });

  it('compares categories over the baseline top values and the rest', () => {
    const base = new Map([
      ['a', 50],
      ['b', 30],
      ['c', 20],
    ]);
    expect(categoricalPsi(base, 100, base, 100)).toBeCloseTo(0, 10);
    const shifted = new Map([
      ['a', 10],
      ['b', 10],
      ['z', 80],
    ]);
    expect(categoricalPsi(base, 100, shifted, 100, 2)).toBeGreaterThan(0.25);
  });

  it('computes the KS statistic', () => {
    expect(ksStatistic([1, 2, 3], [1, 2, 3])).toBe(0);
    expect(ksStatistic([1, 2, 3], [4, 5, 6])).toBe(1);
    expect(ksStatistic([1, 2, 3, 4], [3, 4, 5, 6])).toBe(0.5);
  });
});
