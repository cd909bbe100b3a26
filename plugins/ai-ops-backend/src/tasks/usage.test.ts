import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fixture, outputDir, readJsonFile, runProgram } from './__testUtils__';

const usageModule = pathToFileURL(
  resolvePackagePath('@internal/plugin-ai-ops-backend', 'tasks/lib/usage.mjs'),
).href;

/** Calls a function of tasks/lib/usage.mjs in a Node process (ES module). */
function callUsage(fn: string, arg: string) {
  const script = `import * as usage from ${JSON.stringify(usageModule)};
    console.log(JSON.stringify(await usage.${fn}(${JSON.stringify(arg)})));`;
  return new Promise<Record<string, unknown>>((resolve, reject) =>
    execFile(
      process.execPath,
      ['--input-type=module', '-e', script],
      (error, stdout) => (error ? reject(error) : resolve(JSON.parse(stdout))),
    ),
  );
}

describe('task usage report', () => {
  it('reads cgroup v2: cpu.stat usage_usec and memory.peak', async () => {
    expect(await callUsage('readCgroupUsage', fixture('cgroup-v2'))).toEqual({
      cpuSeconds: 2.534,
      peakMemoryBytes: 314572800,
    });
  });

  it('reads cgroup v1: cpuacct.usage and memory.max_usage_in_bytes', async () => {
    expect(await callUsage('readCgroupUsage', fixture('cgroup-v1'))).toEqual({
      cpuSeconds: 1.5,
      peakMemoryBytes: 104857600,
    });
  });

  it("fills what the cgroup lacks with the process's own figures", async () => {
    const usage = await callUsage(
      'measureUsage',
      fixture('cgroup-v2-without-peak'),
    );
    expect(usage).toMatchObject({
      format: 'ai-ops-usage/1',
      cpuSeconds: 2.534,
    });
    // Node's own resident set: more than 10 MB, less than 1 GB.
    expect(usage.peakMemoryBytes).toBeGreaterThan(10e6);
    expect(usage.peakMemoryBytes).toBeLessThan(1e9);

    const nothing = await callUsage('measureUsage', outputDir());
    expect(nothing.cpuSeconds).toBeGreaterThan(0);
    expect(nothing.cpuSeconds).toBeLessThan(60);
  });

  it('is written by a task program when AI_OPS_USAGE_REPORT is set, failed or not', async () => {
    const dir = outputDir();
    const report = join(dir, 'termination-log');
    const succeeded = await runProgram('synthetic', {
      config: { dataset: 'time-series', rows: 20 },
      outputs: { data: join(dir, 'data.csv') },
      env: { AI_OPS_USAGE_REPORT: report },
    });
    expect(succeeded.code).toBe(0);
    expect(readJsonFile(report)).toEqual({
      format: 'ai-ops-usage/1',
      cpuSeconds: expect.any(Number),
      peakMemoryBytes: expect.any(Number),
    });

    const failedReport = join(dir, 'failed-termination-log');
    const failed = await runProgram('synthetic', {
      config: { dataset: 'time-series', rows: 20 },
      env: { AI_OPS_USAGE_REPORT: failedReport },
    });
    expect(failed.code).toBe(1);
    expect(readJsonFile(failedReport).cpuSeconds).toBeGreaterThan(0);
  });

  it('is not written without AI_OPS_USAGE_REPORT (the local executor measures itself)', async () => {
    const dir = outputDir();
    await runProgram('synthetic', {
      config: { dataset: 'time-series', rows: 20 },
      outputs: { data: join(dir, 'data.csv') },
    });
    expect(readdirSync(dir)).toEqual(['data.csv']);
  });
});
