import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  fixture,
  outputDir,
  readCsvFile,
  readJsonFile,
  runProgram,
} from './__testUtils__';

describe('feature task programs', () => {
  it('window: lags and the target ahead', async () => {
    const dir = outputDir();
    const out = join(dir, 'windows.csv');
    await runProgram('window', {
      config: { lags: 3, horizon: 2 },
      inputs: { data: fixture('series.csv') },
      outputs: { data: out },
    });
    const windows = readCsvFile(out);
    expect(windows.columns).toEqual([
      'timestamp',
      'lag_1',
      'lag_2',
      'lag_3',
      'target',
    ]);
    expect(windows.rows[0]).toEqual(['2024-01-05', '14', '12', '10', '18']);
    expect(windows.rows).toHaveLength(16);
    const tooFew = await runProgram('window', {
      config: { lags: 30 },
      inputs: { data: fixture('series.csv') },
      outputs: { data: out },
    });
    expect(tooFew.stderr).toContain('20 values are too few for 30 lags');
  });

  it('backtest: beats the naive forecast on a trend', async () => {
    const dir = outputDir();
    await runProgram('window', {
      config: { lags: 2 },
      inputs: { data: fixture('series.csv') },
      outputs: { data: join(dir, 'w.csv') },
    });
    const result = await runProgram('backtest', {
      config: { folds: 3, epochs: 2000 },
      inputs: { data: join(dir, 'w.csv') },
      outputs: { metrics: join(dir, 'metrics.json') },
    });
    expect(result.code).toBe(0);
    const metrics = readJsonFile(join(dir, 'metrics.json'));
    expect(metrics.folds).toHaveLength(3);
    // The naive forecast is always 2 behind on this line.
    expect(metrics.naiveMae).toBeCloseTo(2, 6);
    expect(metrics.mae).toBeLessThan(metrics.naiveMae);
  });

  it('augment: adds mirrored copies', async () => {
    const dir = outputDir();
    writeFileSync(
      join(dir, 'img.csv'),
      'id,p0,p1,p2,p3,label\na,1,0,0.5,0,1\n',
    );
    await runProgram('augment', {
      config: { width: 2 },
      inputs: { data: join(dir, 'img.csv') },
      outputs: { data: join(dir, 'out.csv') },
    });
    expect(readCsvFile(join(dir, 'out.csv')).rows).toEqual([
      ['a', '1', '0', '0.5', '0', '1'],
      ['a-aug', '0', '1', '0', '0.5', '1'],
    ]);
    const odd = await runProgram('augment', {
      config: { width: 3 },
      inputs: { data: join(dir, 'img.csv') },
      outputs: { data: join(dir, 'out.csv') },
    });
    expect(odd.code).toBe(1);
  });

  it('tokenize: hashed, normalized bag of words', async () => {
    const dir = outputDir();
    writeFileSync(
      join(dir, 'text.csv'),
      'text,label\n"Great, great product",1\nawful,0\n',
    );
    await runProgram('tokenize', {
      config: { buckets: 8 },
      inputs: { data: join(dir, 'text.csv') },
      outputs: { data: join(dir, 'out.csv') },
    });
    const out = readCsvFile(join(dir, 'out.csv'));
    expect(out.columns).toEqual([
      'label',
      'f0',
      'f1',
      'f2',
      'f3',
      'f4',
      'f5',
      'f6',
      'f7',
    ]);
    const norm = (row: string[]) =>
      Math.sqrt(row.slice(1).reduce((a, v) => a + Number(v) ** 2, 0));
    expect(norm(out.rows[0])).toBeCloseTo(1, 3);
    expect(out.rows[1].slice(1).filter(v => v === '1')).toHaveLength(1);
    // "great" twice and "product" once: the largest bucket holds 2/√5.
    expect(Math.max(...out.rows[0].slice(1).map(Number))).toBeCloseTo(
      2 / Math.sqrt(5),
      3,
    );
  });

  it('audio-features: finds the dominant frequency', async () => {
    const dir = outputDir();
    const samples = Array.from({ length: 64 }, (_, n) =>
      Math.sin((2 * Math.PI * 1000 * n) / 8000).toFixed(5),
    );
    const header = samples.map((_, i) => `s${i}`).join(',');
    writeFileSync(
      join(dir, 'clips.csv'),
      `${header},label\n${samples.join(',')},1\n`,
    );
    await runProgram('audio-features', {
      inputs: { data: join(dir, 'clips.csv') },
      outputs: { data: join(dir, 'out.csv') },
    });
    const [row] = readCsvFile(join(dir, 'out.csv')).rows;
    const [label, rms, , dominant] = row.map(Number);
    expect(label).toBe(1);
    expect(rms).toBeCloseTo(Math.SQRT1_2, 3);
    expect(dominant).toBe(1000);
  });
});
