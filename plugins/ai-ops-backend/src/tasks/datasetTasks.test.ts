import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, outputDir, runProgram } from './__testUtils__';

describe('dataset task programs', () => {
  it('load: reads the dataset version it is handed, and says when it is gone', async () => {
    const dir = outputDir();
    const ok = await runProgram('load', {
      config: { dataset: 'customers@2' },
      inputs: { dataset: fixture('customers.csv') },
      outputs: { data: join(dir, 'out.csv') },
    });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('loaded 12 rows × 5 columns from customers@2');
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe(
      readFileSync(fixture('customers.csv'), 'utf8'),
    );
    const gone = await runProgram('load', {
      config: { dataset: 'customers@2' },
      outputs: { data: join(dir, 'out2.csv') },
    });
    expect(gone.code).toBe(1);
    expect(gone.stderr).toContain('Dataset version customers@2 is gone');
  });

  it('publish: writes its input as the output file, and refuses an empty one', async () => {
    const dir = outputDir();
    const ok = await runProgram('publish', {
      config: { dataset: 'customers-clean', description: 'deduplicated' },
      inputs: { data: fixture('customers.csv') },
      outputs: { data: join(dir, 'nested', 'data') },
    });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(
      'as the next version of dataset customers-clean: deduplicated',
    );
    expect(readFileSync(join(dir, 'nested', 'data'), 'utf8')).toBe(
      readFileSync(fixture('customers.csv'), 'utf8'),
    );
    writeFileSync(join(dir, 'empty.csv'), '');
    const empty = await runProgram('publish', {
      config: { dataset: 'customers-clean' },
      inputs: { data: join(dir, 'empty.csv') },
      outputs: { data: join(dir, 'out') },
    });
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('The input is empty');
  });
});
