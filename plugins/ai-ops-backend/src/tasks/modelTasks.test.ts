import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, outputDir, readJsonFile, runProgram } from './__testUtils__';

describe('model task programs', () => {
  it('train + evaluate + export: regression on a line', async () => {
    const dir = outputDir();
    const model = join(dir, 'model.json');
    const trained = await runProgram('train', {
      config: {
        task: 'regression',
        target: 'value',
        features: ['t'],
        epochs: 500,
      },
      inputs: { train: join(dir, 'line.csv') },
      outputs: { model, metrics: join(dir, 'train.json') },
    });
    expect(trained.stderr).toContain('line.csv'); // not written yet
    const rows = Array.from({ length: 30 }, (_, t) => `${t},${3 * t + 5}`);
    writeFileSync(join(dir, 'line.csv'), `t,value\n${rows.join('\n')}\n`);
    const again = await runProgram('train', {
      config: { task: 'regression', target: 'value', epochs: 500 },
      inputs: { train: join(dir, 'line.csv') },
      outputs: { model, metrics: join(dir, 'train.json') },
    });
    expect(again.code).toBe(0);
    expect(readJsonFile(model)).toMatchObject({
      features: ['t'],
      task: 'regression',
    });
    expect(readJsonFile(join(dir, 'train.json')).r2).toBeGreaterThan(0.999);

    const gate = (thresholds: Record<string, unknown>) =>
      runProgram('evaluate', {
        config: { thresholds },
        inputs: { model, data: join(dir, 'line.csv') },
        outputs: { metrics: join(dir, 'eval.json') },
      });
    expect((await gate({ rmse: { max: 0.5 } })).code).toBe(0);
    const failed = await gate({ r2: { min: 1.5 } });
    expect(failed.code).toBe(66);
    expect(failed.stderr).toContain('Gate failed: r2');
    expect(readJsonFile(join(dir, 'eval.json')).gate).toMatchObject({
      passed: false,
    });
    const unknown = await gate({ accuracy: { min: 0.5 } });
    expect(unknown.code).toBe(1);

    const exported = await runProgram('export', {
      config: { name: 'line' },
      inputs: { model, metrics: join(dir, 'eval.json') },
      outputs: { bundle: join(dir, 'bundle.json') },
    });
    expect(exported.code).toBe(0);
    expect(readJsonFile(join(dir, 'bundle.json'))).toMatchObject({
      format: 'ai-ops-model-bundle/1',
      name: 'line',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      model: { task: 'regression' },
      metrics: { split: 'evaluation' },
    });
  });

  it('train: logistic regression on the customers fixture', async () => {
    const dir = outputDir();
    const model = join(dir, 'model.json');
    const result = await runProgram('train', {
      config: {
        task: 'classification',
        target: 'churned',
        features: ['age'],
        epochs: 400,
      },
      inputs: { train: fixture('customers.csv') },
      outputs: { model },
    });
    expect(result.code).toBe(0);
    const trained = readJsonFile(model);
    expect(trained.classes).toEqual(['0', '1']);
    // Younger customers churn.
    expect(trained.weights[0]).toBeLessThan(0);
    const evaluated = await runProgram('evaluate', {
      inputs: { model, data: fixture('customers.csv') },
      outputs: { metrics: join(dir, 'eval.json') },
    });
    expect(evaluated.code).toBe(0);
    expect(readJsonFile(join(dir, 'eval.json')).accuracy).toBe(1);

    const oneClass = await runProgram('train', {
      config: { task: 'classification', target: 'segment' },
      inputs: { train: fixture('customers.csv') },
      outputs: { model },
    });
    expect(oneClass.stderr).toContain(
      'Classification needs 2 classes in segment, found 3',
    );
  });
});
