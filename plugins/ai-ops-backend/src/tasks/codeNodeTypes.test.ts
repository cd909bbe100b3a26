import { findNodeType, taskRuntimeOf } from '@internal/plugin-ai-ops-common';
import { fillPlaceholders } from '@internal/plugin-ai-ops-node';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fixture, outputDir } from './__testUtils__';

/** Runs a code node's command as the local executor would (argv, env). */
async function runCodeNode(type: string, config: Record<string, unknown>) {
  const dir = outputDir();
  const out = join(dir, 'out.txt');
  const values = {
    inputs: { in: pathToFileURL(fixture('customers.csv')).href },
    outputs: { out: pathToFileURL(out).href },
    tasks: dir,
  };
  const runtime = taskRuntimeOf(
    findNodeType(type, 1)!,
    { id: 'n', type, typeVersion: 1, config },
    ['in'],
  );
  const [command, ...args] = fillPlaceholders(runtime.command, values);
  const env = Object.fromEntries(
    Object.entries(runtime.env).map(([k, v]) => [
      k,
      fillPlaceholders([v], values)[0],
    ]),
  );
  const code = await new Promise<number>(resolve =>
    execFile(command, args, { env: { PATH: process.env.PATH, ...env } }, e =>
      resolve(e ? Number((e as { code?: number }).code) : 0),
    ),
  );
  return { code, out: () => readFileSync(out, 'utf8') };
}

describe('code node types', () => {
  it('code.shell runs a script with its ports as placeholders and env', async () => {
    const result = await runCodeNode('code.shell', {
      script:
        'wc -l < "${AI_OPS_INPUT_IN#file://}" > "${AI_OPS_OUTPUT_OUT#file://}"; echo "$AI_OPS_CONFIG" | grep -q script',
    });
    expect(result.code).toBe(0);
    expect(result.out().trim()).toBe('13');
    expect((await runCodeNode('code.shell', { script: 'exit 3' })).code).toBe(
      3,
    );
  });

  it('code.python runs Python code', async () => {
    const result = await runCodeNode('code.python', {
      code: [
        'import os, urllib.parse as u',
        "src = u.urlparse(os.environ['AI_OPS_INPUT_IN']).path",
        "dst = u.urlparse('{{outputs.out}}').path",
        "open(dst, 'w').write(str(sum(1 for _ in open(src)) - 1))",
      ].join('\n'),
    });
    expect(result.code).toBe(0);
    expect(result.out()).toBe('12');
  });
});
