import { validateDatasetVersionRequestSchema } from '@internal/plugin-ai-ops-common';
import { FileLocation } from '../locations/FileLocation';
import { csv, dataDirectory, rowsOf, writeFiles } from '../__testUtils__/dataFiles';
import { computeValidation } from './computeValidation';

const options = (input: object = {}) =>
  validateDatasetVersionRequestSchema.parse(input);

describe('computeValidation', () => {
  let root: string;
  const at = (name: string) => FileLocation.open(root, `${root}/${name}`);

  beforeEach(async () => {
    root = await dataDirectory();
    await writeFiles(root, {
      // 100 rows: 10 without age, rows 90-99 repeat rows 80-89.
      'v1.csv': csv(
        ['id', 'age', 'city'],
        rowsOf(100, i => {
          const n = i >= 90 ? i - 10 : i;
          return [n, n % 10 === 3 ? '' : 20 + (n % 40), ['seoul', 'busan', 'jeju'][n % 3]];
        }),
      ),
      'v2.csv': csv(
        ['id', 'age', 'city'],
        rowsOf(100, i => [i, 60 + (i % 40), i % 10 < 8 ? 'incheon' : 'seoul']),
      ),
      'v3.csv': csv(['id', 'city'], rowsOf(10, i => [i, 'seoul'])),
    });
  });

  it('measures missing values, duplicates, ranges and column statistics', async () => {
    const report = await computeValidation(
      'csv',
      await at('v1.csv'),
      undefined,
      options({ ranges: { age: { min: 18, max: 50 }, height: { min: 0 } } }),
    );
    expect(report.rowCount).toBe(100);
    expect(report.duplicateRows).toBe(10);
    const check = (name: string, column?: string) =>
      report.checks.find(c => c.check === name && c.column === column);
    expect(check('missing', 'age')).toMatchObject({ status: 'warn', value: 0.1 });
    expect(check('missing', 'city')).toMatchObject({ status: 'pass', value: 0 });
    expect(check('duplicates')).toMatchObject({ status: 'warn', value: 0.1 });
    // ages are 20..59: 20 of the 90 present values (n%40 in 31..39) are above 50
    expect(check('range', 'age')).toMatchObject({ status: 'fail' });
    expect(check('range', 'age')!.value).toBeGreaterThan(0);
    expect(check('range', 'height')).toMatchObject({
      status: 'fail',
      message: 'No column height',
    });
    expect(report.status).toBe('fail');
    const age = report.columns.find(c => c.name === 'age')!;
    expect(age).toMatchObject({ type: 'integer', missing: 10, min: 20, max: 59 });
    expect(age.mean).toBeGreaterThan(20);
    expect(age.std).toBeGreaterThan(0);
    const city = report.columns.find(c => c.name === 'city')!;
    // The repeated rows 80-89 add 4 jeju, 3 seoul and 3 busan.
    expect(city.top).toEqual([
      { value: 'jeju', count: 34, ratio: 0.34 },
      { value: 'busan', count: 33, ratio: 0.33 },
      { value: 'seoul', count: 33, ratio: 0.33 },
    ]);
  });

  it('passes when nothing is wrong, with thresholds the request sets', async () => {
    const report = await computeValidation(
      'csv',
      await at('v1.csv'),
      undefined,
      options({
        thresholds: {
          missingRatio: { warn: 0.2, fail: 0.5 },
          duplicateRatio: { warn: 0.2, fail: 0.5 },
        },
      }),
    );
    expect(report.status).toBe('pass');
  });

  it('finds distribution shift against a baseline version', async () => {
    const same = await computeValidation(
      'csv',
      await at('v1.csv'),
      await at('v1.csv'),
      options({ thresholds: { missingRatio: { warn: 0.5, fail: 0.5 }, duplicateRatio: { warn: 0.5, fail: 0.5 } } }),
    );
    expect(same.checks.filter(c => c.check === 'distribution')).toEqual([
      expect.objectContaining({ column: 'id', status: 'pass', value: 0 }),
      expect.objectContaining({ column: 'age', status: 'pass', value: 0 }),
      expect.objectContaining({ column: 'city', status: 'pass', value: 0 }),
    ]);
    expect(same.status).toBe('pass');

    const shifted = await computeValidation(
      'csv',
      await at('v2.csv'),
      await at('v1.csv'),
      options(),
    );
    const age = shifted.checks.find(
      c => c.check === 'distribution' && c.column === 'age',
    )!;
    expect(age.status).toBe('fail');
    expect(age.value).toBeGreaterThan(0.25);
    expect(age.message).toMatch(/KS D 1\.0000/);
    expect(
      shifted.checks.find(c => c.check === 'distribution' && c.column === 'city'),
    ).toMatchObject({ status: 'fail' });
  });

  it('reports columns the baseline had that are gone', async () => {
    const report = await computeValidation(
      'csv',
      await at('v3.csv'),
      await at('v1.csv'),
      options(),
    );
    expect(report.checks.filter(c => c.check === 'schema')).toEqual([
      expect.objectContaining({ column: 'age', status: 'fail' }),
    ]);
    expect(report.status).toBe('fail');
  });
});
