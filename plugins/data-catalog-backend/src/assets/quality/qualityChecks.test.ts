import { overallScore, QualityInputs, runQualityChecks } from './qualityChecks';

const now = new Date('2026-11-28T12:00:00Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
const stats = (
  nullRatio: number,
  distinctRatio: number,
  sampledRows = 100,
) => ({
  nullRatio,
  distinctRatio,
  sampledRows,
});

function inputs(overrides: Partial<QualityInputs> = {}): QualityInputs {
  return {
    now,
    freshnessHours: 24,
    lastChangedAt: hoursAgo(2),
    tableDescribed: true,
    columns: [
      {
        name: 'id',
        nullable: false,
        isPrimaryKey: true,
        described: true,
        stats: stats(0, 1),
      },
      {
        name: 'email',
        nullable: true,
        isPrimaryKey: false,
        described: false,
        stats: stats(0.1, 0.9),
      },
      {
        name: 'phone',
        nullable: true,
        isPrimaryKey: false,
        described: false,
        stats: stats(0.5, 0.4),
      },
    ],
    schemaChanges: { breaking: 0, warning: 0 },
    ...overrides,
  };
}

const byCheck = (i: QualityInputs) =>
  Object.fromEntries(runQualityChecks(i).map(c => [c.check, c]));

describe('quality checks', () => {
  it('scores every check and averages them', () => {
    const checks = runQualityChecks(inputs());
    expect(checks.map(c => [c.check, c.score, c.passed])).toEqual([
      // nullable columns only: mean(0.1, 0.5) = 0.3
      ['null-ratio', 70, false],
      ['uniqueness', 100, true],
      ['freshness', 100, true],
      // table + id described of 4
      ['docs-coverage', 50, false],
      ['schema-stability', 100, true],
    ]);
    expect(overallScore(checks)).toBe(84);
  });

  it('decays freshness beyond the limit and skips it without a date', () => {
    expect(
      byCheck(inputs({ lastChangedAt: hoursAgo(48) })).freshness,
    ).toMatchObject({
      score: 50,
      passed: false,
      detail: 'Last change 48 h ago (limit 24 h)',
    });
    expect(byCheck(inputs({ lastChangedAt: undefined }))).not.toHaveProperty(
      'freshness',
    );
  });

  it('finds duplicates in a primary key, or a candidate key without one', () => {
    const [id, ...rest] = inputs().columns;
    expect(
      byCheck(inputs({ columns: [{ ...id, stats: stats(0, 0.8) }, ...rest] }))
        .uniqueness,
    ).toMatchObject({ score: 80, passed: false });
    const noKey = [{ ...id, isPrimaryKey: false }, ...rest];
    expect(byCheck(inputs({ columns: noKey })).uniqueness).toMatchObject({
      score: 100,
      detail: 'No primary key; id is unique in the sample',
    });
    expect(byCheck(inputs({ columns: rest })).uniqueness).toMatchObject({
      score: 0,
      passed: false,
    });
  });

  it('needs a profile for null-ratio and uniqueness', () => {
    const unprofiled = inputs().columns.map(({ stats: _, ...c }) => c);
    const checks = byCheck(inputs({ columns: unprofiled }));
    expect(Object.keys(checks).sort()).toEqual([
      'docs-coverage',
      'freshness',
      'schema-stability',
    ]);
  });

  it('lowers schema stability per breaking and warning change', () => {
    expect(
      byCheck(inputs({ schemaChanges: { breaking: 2, warning: 3 } }))[
        'schema-stability'
      ],
    ).toMatchObject({ score: 35, passed: false });
    expect(
      byCheck(inputs({ schemaChanges: { breaking: 9, warning: 0 } }))[
        'schema-stability'
      ].score,
    ).toBe(0);
  });

  it('has no score when nothing ran', () => {
    expect(overallScore([])).toBeUndefined();
  });
});
