import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const tasksDir = resolvePackagePath('@internal/plugin-ai-ops-backend', 'tasks');

/** A fixture's path under `src/tasks/__fixtures__`. */
export const fixture = (name: string) =>
  resolvePackagePath(
    '@internal/plugin-ai-ops-backend',
    'src/tasks/__fixtures__',
    name,
  );

/** A fresh directory for one test's outputs. */
export const outputDir = () => mkdtempSync(join(tmpdir(), 'ai-ops-task-'));

export type ProgramResult = { code: number; stdout: string; stderr: string };

/**
 * Runs `tasks/<program>.mjs` as a child process the way the executors do:
 * `--config <json> --input name=<uri> --output name=<uri>`, URIs as
 * `file://` (inputs given as paths are turned into URIs).
 */
export function runProgram(
  program: string,
  options: {
    config?: Record<string, unknown>;
    inputs?: Record<string, string>;
    outputs?: Record<string, string>;
    /** Added to this process's environment. */
    env?: Record<string, string>;
  },
): Promise<ProgramResult> {
  const uri = (path: string) =>
    path.includes('://') ? path : pathToFileURL(path).href;
  const args = [
    join(tasksDir, `${program}.mjs`),
    '--config',
    JSON.stringify(options.config ?? {}),
    ...Object.entries(options.inputs ?? {}).flatMap(([name, path]) => [
      '--input',
      `${name}=${uri(path)}`,
    ]),
    ...Object.entries(options.outputs ?? {}).flatMap(([name, path]) => [
      '--output',
      `${name}=${uri(path)}`,
    ]),
  ];
  return new Promise(resolve => {
    execFile(
      process.execPath,
      args,
      { env: { ...process.env, ...options.env } },
      (error, stdout, stderr) => {
        const code = error ? Number((error as { code?: number }).code ?? 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A CSV file as header and rows of strings (the fixtures have no quotes). */
export function readCsvFile(path: string) {
  const [header, ...rows] = readFileSync(path, 'utf8').trim().split('\n');
  return { columns: header.split(','), rows: rows.map(r => r.split(',')) };
}

export const readJsonFile = (path: string) =>
  JSON.parse(readFileSync(path, 'utf8'));
