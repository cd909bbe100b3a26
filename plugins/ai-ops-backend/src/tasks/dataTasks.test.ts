import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  fixture,
  outputDir,
  readCsvFile,
  readJsonFile,
  runProgram,
} from './__testUtils__';

describe('data task programs', () => {
  it('synthetic: the same data for the same seed, ids shared across products', async () => {
    const dir = outputDir();
    const make = async (dataset: string, file: string, seed = 7) =>
      runProgram('synthetic', {
        config: { dataset, rows: 20, seed },
        outputs: { data: join(dir, file) },
      });
    expect((await make('shapes', 'a.csv')).code).toBe(0);
    await make('shapes', 'b.csv');
    await make('shapes', 'c.csv', 8);
    const a = readFileSync(join(dir, 'a.csv'), 'utf8');
    expect(readFileSync(join(dir, 'b.csv'), 'utf8')).toBe(a);
    expect(readFileSync(join(dir, 'c.csv'), 'utf8')).not.toBe(a);
    expect(readCsvFile(join(dir, 'a.csv')).columns).toHaveLength(66);

    await make('product-images', 'images.csv');
    await make('product-texts', 'texts.csv');
    const images = readCsvFile(join(dir, 'images.csv'));
    const texts = readCsvFile(join(dir, 'texts.csv'));
    const idAndLabel = (t: typeof images) =>
      t.rows.map(r => [r[0], r[r.length - 1]]);
    expect(idAndLabel(images)).toEqual(idAndLabel(texts));

    const bad = await make('galaxies', 'x.csv');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Unknown synthetic dataset "galaxies"');
  });

  it('load: copies a CSV from a URI and refuses an empty one', async () => {
    const dir = outputDir();
    const ok = await runProgram('load', {
      config: { uri: fixture('customers.csv') },
      outputs: { data: join(dir, 'out.csv') },
    });
    expect(ok.stdout).toContain('loaded 12 rows × 5 columns');
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe(
      readFileSync(fixture('customers.csv'), 'utf8'),
    );
    writeFileSync(join(dir, 'empty.csv'), '');
    const empty = await runProgram('load', {
      config: { uri: join(dir, 'empty.csv') },
      outputs: { data: join(dir, 'out2.csv') },
    });
    expect(empty.code).toBe(1);
  });

  it('validate: profiles the data and exits 65 when a check fails', async () => {
    const dir = outputDir();
    const report = join(dir, 'report.json');
    const failed = await runProgram('validate', {
      config: {
        ranges: { age: { min: 21 } },
        requiredColumns: ['id', 'email'],
      },
      inputs: { data: fixture('customers.csv') },
      outputs: { data: join(dir, 'data.csv'), report },
    });
    expect(failed.code).toBe(65);
    const body = readJsonFile(report);
    expect(body).toMatchObject({ status: 'fail', rows: 12, duplicates: 1 });
    const column = (name: string) =>
      body.columns.find((c: { column: string }) => c.column === name);
    expect(column('income')).toMatchObject({
      type: 'numeric',
      missing: 1,
      min: 12000,
      max: 91000,
    });
    expect(column('segment')).toMatchObject({
      type: 'categorical',
      distinct: 3,
      top: [
        { value: 'retail', count: 5 },
        { value: 'student', count: 4 },
        { value: 'business', count: 3 },
      ],
    });
    const failures = body.checks
      .filter((c: { status: string }) => c.status === 'fail')
      .map(
        (c: { check: string; column?: string }) =>
          `${c.check}:${c.column ?? ''}`,
      );
    expect(failures).toEqual([
      'required-column:email',
      'missing:income',
      'duplicates:',
      'range:age',
    ]);

    const passed = await runProgram('validate', {
      config: { maxMissingRatio: 0.1, maxDuplicateRatio: 0.1 },
      inputs: { data: fixture('customers.csv') },
      outputs: { data: join(dir, 'ok.csv'), report: join(dir, 'ok.json') },
    });
    expect(passed.code).toBe(0);
    expect(readCsvFile(join(dir, 'ok.csv')).rows).toHaveLength(12);
  });

  it('split: shuffles with a seed or keeps the order', async () => {
    const dir = outputDir();
    const split = (config: Record<string, unknown>, name: string) =>
      runProgram('split', {
        config,
        inputs: { data: fixture('series.csv') },
        outputs: {
          train: join(dir, `${name}-train.csv`),
          test: join(dir, `${name}-test.csv`),
        },
      });
    await split({ testRatio: 0.25, shuffle: false }, 'ordered');
    const test = readCsvFile(join(dir, 'ordered-test.csv'));
    expect(test.rows.map(r => r[0])).toEqual([
      '2024-01-16',
      '2024-01-17',
      '2024-01-18',
      '2024-01-19',
      '2024-01-20',
    ]);
    await split({ testRatio: 0.25, seed: 1 }, 'shuffled');
    const train = readCsvFile(join(dir, 'shuffled-train.csv'));
    const shuffledTest = readCsvFile(join(dir, 'shuffled-test.csv'));
    expect(train.rows).toHaveLength(15);
    expect([...train.rows, ...shuffledTest.rows].map(r => r[0]).sort()).toEqual(
      readCsvFile(fixture('series.csv')).rows.map(r => r[0]),
    );
    expect(shuffledTest.rows.map(r => r[0])).not.toEqual(
      test.rows.map(r => r[0]),
    );
  });

  it('join: inner-joins on a key', async () => {
    const dir = outputDir();
    writeFileSync(
      join(dir, 'right.csv'),
      'id,email,age\nc1,a@x,99\nc4,d@x,1\nc99,z@x,5\n',
    );
    const result = await runProgram('join', {
      config: { key: 'id' },
      inputs: { left: fixture('customers.csv'), right: join(dir, 'right.csv') },
      outputs: { data: join(dir, 'joined.csv') },
    });
    expect(result.code).toBe(0);
    expect(readCsvFile(join(dir, 'joined.csv'))).toEqual({
      columns: ['id', 'age', 'income', 'segment', 'churned', 'email'],
      rows: [
        ['c1', '34', '52000', 'retail', '0', 'a@x'],
        ['c4', '51', '87000', 'business', '0', 'd@x'],
      ],
    });
  });
});
