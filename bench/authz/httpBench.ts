import { ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { figures, Figures } from './stats';

type Variant = 'wasm' | 'server' | 'allow-all';

const permissionNames = [
  'catalog.entity.create',
  'catalog.location.read',
  'harvester.vm.operate',
  'data-catalog.table.update',
  'ai-ops.model.promote',
  'authz.policy.update',
  'scaffolder.action.execute',
];

function configFor(variant: Variant, port: number, opaUrl: string): string {
  const file = join(tmpdir(), `authz-bench-${variant}-${port}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      app: { baseUrl: `http://localhost:${port}` },
      backend: {
        baseUrl: `http://localhost:${port}`,
        listen: { port },
        database: { client: 'better-sqlite3', connection: ':memory:' },
      },
      // Guest sign-in gives the bench a real user token; loopback only.
      auth: {
        environment: 'development',
        providers: { guest: { dangerouslyAllowOutsideDevelopment: true } },
      },
      permission: { enabled: true },
      authz: {
        pdp: {
          engine: variant === 'server' ? 'server' : 'wasm',
          server: { baseUrl: opaUrl },
        },
        bootstrap: { administrators: ['user:development/guest'] },
      },
    }),
  );
  return file;
}

async function waitReady(baseUrl: string, child: ChildProcess) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`backend exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${baseUrl}/.backstage/health/v1/readiness`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise(r => setTimeout(r, 500));
  }
  throw new Error('backend not ready within 120 s');
}

async function guestToken(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/guest/refresh`, {
    method: 'POST',
    headers: { 'x-requested-with': 'XMLHttpRequest' },
  });
  const body = (await response.json()) as {
    backstageIdentity?: { token: string };
  };
  if (!body.backstageIdentity) {
    throw new Error(`guest sign-in failed: ${JSON.stringify(body)}`);
  }
  return body.backstageIdentity.token;
}

async function authorize(
  baseUrl: string,
  token: string,
  batch: number,
  offset: number,
) {
  const items = Array.from({ length: batch }, (_, i) => ({
    id: String(i),
    permission: {
      type: 'basic',
      name: permissionNames[(offset + i) % permissionNames.length],
      attributes: {},
    },
  }));
  const response = await fetch(`${baseUrl}/api/permission/authorize`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ items }),
  });
  if (!response.ok)
    throw new Error(
      `authorize answered ${response.status}: ${await response.text()}`,
    );
  const body = (await response.json()) as { items: Array<{ result: string }> };
  if (body.items.length !== batch) throw new Error('short answer');
  return body.items;
}

/** Calls of `batch` decisions; latency per call, throughput in decisions. */
async function series(
  name: string,
  baseUrl: string,
  token: string,
  batch: number,
  calls: number,
): Promise<Figures> {
  for (let i = 0; i < Math.min(50, calls); i++)
    await authorize(baseUrl, token, batch, i);
  const samples: number[] = [];
  const started = performance.now();
  for (let i = 0; i < calls; i++) {
    const t = performance.now();
    await authorize(baseUrl, token, batch, i);
    samples.push(performance.now() - t);
  }
  return figures(name, samples, performance.now() - started, calls * batch);
}

/** Starts the variant's backend, measures batches of 1 and 1,000, stops it. */
export async function runHttpBench(
  variant: Variant,
  port: number,
  opaUrl: string,
): Promise<Figures[]> {
  const root = resolve(__dirname, '../..');
  const child = spawn(
    process.execPath,
    [
      '--require',
      '@backstage/cli/config/nodeTransform.cjs',
      join(__dirname, 'portalUnderTest.ts'),
      '--config',
      configFor(variant, port, opaUrl),
    ],
    {
      cwd: root,
      env: { ...process.env, BENCH_POLICY: variant, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const baseUrl = `http://localhost:${port}`;
  try {
    await waitReady(baseUrl, child);
    const token = await guestToken(baseUrl);
    const sample = await authorize(baseUrl, token, permissionNames.length, 0);
    if (sample.some(item => item.result !== 'ALLOW')) {
      throw new Error(
        `${variant}: the bench principal should be allowed, got ${JSON.stringify(
          sample,
        )}`,
      );
    }
    return [
      await series(
        `${variant}: batch of 1 (per call)`,
        baseUrl,
        token,
        1,
        2000,
      ),
      await series(
        `${variant}: batch of 1,000 (per call)`,
        baseUrl,
        token,
        1000,
        30,
      ),
    ];
  } finally {
    child.kill('SIGTERM');
  }
}
