import { profileColumns } from './columnProfile';

describe('profileColumns', () => {
  it('computes null and distinct ratios, min/max by type and samples', () => {
    const d1 = new Date('2026-01-02T00:00:00Z');
    const d2 = new Date('2025-12-31T00:00:00Z');
    const [id, amount, email, at, doc] = profileColumns({
      columns: ['id', 'amount', 'email', 'at', 'doc'],
      rows: [
        [1, '10.50', 'b@x.io', d1, { a: 1 }],
        [2, '9', null, d2, { a: 1 }],
        [3, '100', 'a@x.io', null, null],
        [4, '9', 'b@x.io', d1, { b: 2 }],
      ],
    });
    expect(id).toEqual({
      column: 'id',
      nullRatio: 0,
      distinctRatio: 1,
      min: '1',
      max: '4',
      samples: ['1', '2', '3', '4'],
      sampledRows: 4,
    });
    // Numeric strings (numeric, bigint) compare as numbers, not text.
    expect(amount).toMatchObject({ min: '9', max: '100', distinctRatio: 0.75 });
    expect(email).toMatchObject({
      nullRatio: 0.25,
      distinctRatio: 2 / 3,
      min: 'a@x.io',
      max: 'b@x.io',
      samples: ['b@x.io', 'a@x.io'],
    });
    expect(at).toMatchObject({
      min: d2.toISOString(),
      max: d1.toISOString(),
      nullRatio: 0.25,
    });
    expect(doc).toMatchObject({ samples: ['{"a":1}', '{"b":2}'] });
    expect(doc).not.toHaveProperty('min');
  });

  it('caps samples at five and reports an empty table as such', () => {
    const rows = Array.from({ length: 8 }, (_, i) => [`v${i}`]);
    expect(profileColumns({ columns: ['v'], rows })[0].samples).toHaveLength(5);
    expect(profileColumns({ columns: ['v'], rows: [] })).toEqual([
      {
        column: 'v',
        nullRatio: 0,
        distinctRatio: 0,
        samples: [],
        sampledRows: 0,
      },
    ]);
  });
});
