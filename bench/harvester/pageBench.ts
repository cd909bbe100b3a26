import { ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { BenchCluster } from './benchClusters';

const root = resolve(__dirname, '../..');
const baseUrl = 'http://localhost:7017';
const RUNS = 7;

async function waitForReadiness(server: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error('the portal exited');
    const ok = await fetch(`${baseUrl}/.backstage/health/v1/readiness`)
      .then(r => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise(r => setTimeout(r, 1000));
  }
  throw new Error('the portal did not become ready');
}

/** The production build of the app, served by the backend as in e2e. */
async function startPortal(clusters: BenchCluster[]) {
  const server = spawn(
    resolve(root, 'scripts/toolchain'),
    [
      'yarn',
      'workspace',
      'backend',
      'start',
      '--config',
      resolve(root, 'app-config.yaml'),
      '--config',
      resolve(root, 'packages/app/e2e-tests/app-config.e2e.yaml'),
      '--config',
      resolve(__dirname, 'app-config.bench.yaml'),
    ],
    {
      cwd: root,
      detached: true,
      stdio: 'ignore',
      env: {
        ...process.env,
        BENCH_A_URL: clusters[0].url,
        BENCH_B_URL: clusters[1].url,
        BENCH_CA_DATA: clusters[0].caData,
        BENCH_KUBE_TOKEN: clusters[0].token,
      },
    },
  );
  await waitForReadiness(server, 300_000);
  return () => process.kill(-server.pid!, 'SIGTERM');
}

const median = (samples: number[]) =>
  [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];

/**
 * Milliseconds until the VM page's table shows VMs (its first VM link is
 * there to click), median of warm runs after sign-in: loading the page's URL
 * (the whole app starts: config, session, bundle) and, apart, moving to it
 * from the Harvester dashboard with its tab (the app already running).
 */
export async function benchVmPage(clusters: BenchCluster[]): Promise<{
  loadMs: number;
  loadSamplesMs: number[];
  navigateMs: number;
  navigateSamplesMs: number[];
}> {
  const stop = await startPortal(clusters);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Enter' }).click();
    await page.getByRole('link', { name: 'Catalog', exact: true }).waitFor();
    const firstVm = page.getByRole('link', { name: /^vm-\d{4}$/ }).first();
    const loadSamplesMs: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const started = Date.now();
      await page.goto(`${baseUrl}/harvester/vms`);
      await firstVm.waitFor({ timeout: 60_000 });
      // The first load compiles and caches the bundle: not measured.
      if (i > 0) loadSamplesMs.push(Date.now() - started);
    }
    const navigateSamplesMs: number[] = [];
    const vmsTab = page
      .getByRole('tablist', { name: 'Toolbar tabs' })
      .getByRole('tab', { name: 'Virtual Machines', exact: true });
    for (let i = 0; i < RUNS; i++) {
      await page.goto(`${baseUrl}/harvester`);
      await vmsTab.waitFor();
      const started = Date.now();
      await vmsTab.click();
      await firstVm.waitFor({ timeout: 60_000 });
      navigateSamplesMs.push(Date.now() - started);
    }
    return {
      loadMs: median(loadSamplesMs),
      loadSamplesMs,
      navigateMs: median(navigateSamplesMs),
      navigateSamplesMs,
    };
  } finally {
    await browser.close();
    stop();
  }
}
