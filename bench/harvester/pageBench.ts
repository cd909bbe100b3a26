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
  // A portal left on the port would answer for this one, with old code.
  if (
    await fetch(baseUrl).then(
      () => true,
      () => false,
    )
  ) {
    throw new Error(`${baseUrl} is taken: stop what listens there first`);
  }
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
  const stop = () => process.kill(-server.pid!, 'SIGTERM');
  // A portal that never got ready must not keep the port for the next run.
  await waitForReadiness(server, 300_000).catch(error => {
    stop();
    throw error;
  });
  return stop;
}

const median = (samples: number[]) =>
  [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];

/**
 * Marks, in the page's own clock (milliseconds since the navigation
 * started), the last click and the moment the first VM link shows. Taken in
 * the browser so that the figures do not include the test driver's polling.
 */
function markVmLink() {
  const marks = { clickAt: 0, vmLinkAt: 0 };
  Object.assign(window, { benchMarks: marks });
  const hasVmLink = () =>
    Array.from(document.querySelectorAll('table a')).some(a =>
      /^vm-\d{4}$/.test(a.textContent ?? ''),
    );
  addEventListener(
    'click',
    () => {
      marks.clickAt = performance.now();
      marks.vmLinkAt = 0;
    },
    true,
  );
  new MutationObserver(() => {
    if (!marks.vmLinkAt && hasVmLink()) marks.vmLinkAt = performance.now();
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

type Marks = { clickAt: number; vmLinkAt: number };

/**
 * Milliseconds until the VM page's table shows VMs (its first VM link is
 * there to click), median of warm runs after sign-in: loading the page's URL
 * (the whole app starts: config, session, bundle), counted from the start of
 * the navigation, and, apart, moving to it from the Harvester dashboard with
 * its tab (the app already running), counted from the click.
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
    await page.addInitScript(markVmLink);
    const marks = () =>
      page.evaluate(
        () => (window as unknown as { benchMarks: Marks }).benchMarks,
      );
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Enter' }).click();
    await page.getByRole('link', { name: 'Catalog', exact: true }).waitFor();
    const firstVm = page.getByRole('link', { name: /^vm-\d{4}$/ }).first();
    const loadSamplesMs: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      await page.goto(`${baseUrl}/harvester/vms`);
      await firstVm.waitFor({ timeout: 60_000 });
      // The first load compiles and caches the bundle: not measured.
      if (i > 0) loadSamplesMs.push(Math.round((await marks()).vmLinkAt));
    }
    const navigateSamplesMs: number[] = [];
    const vmsTab = page
      .getByRole('tablist', { name: 'Toolbar tabs' })
      .getByRole('tab', { name: 'Virtual Machines', exact: true });
    for (let i = 0; i < RUNS; i++) {
      await page.goto(`${baseUrl}/harvester`);
      await vmsTab.waitFor();
      await vmsTab.click();
      await firstVm.waitFor({ timeout: 60_000 });
      const { clickAt, vmLinkAt } = await marks();
      navigateSamplesMs.push(Math.round(vmLinkAt - clickAt));
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
