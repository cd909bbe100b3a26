import { maskStats, maskValue } from './piiMasking';

describe('PII masking', () => {
  it('keeps only the first letters of an e-mail address', () => {
    expect(maskValue('jane.doe@example.com')).toBe('j***@e***.com');
    expect(maskValue('a@b.co')).toBe('a***@b***.co');
  });

  it('hides anything else entirely', () => {
    expect(maskValue('+49 170 1234567')).toBe('***');
    expect(maskValue('not an @ address')).toBe('***');
  });

  it('masks samples, min and max and says so', () => {
    const stats = {
      nullRatio: 0.1,
      distinctRatio: 1,
      min: 'ada@example.com',
      max: 'zed@example.org',
      samples: ['ada@example.com', 'Bob Smith'],
      masked: false,
      sampledRows: 10,
      computedAt: '2026-11-01T00:00:00.000Z',
    };
    expect(maskStats(stats)).toEqual({
      ...stats,
      min: '***',
      max: '***',
      samples: ['a***@e***.com', '***'],
      masked: true,
    });
    const { min, max, ...withoutRange } = stats;
    expect(maskStats(withoutRange)).not.toHaveProperty('min');
  });
});
