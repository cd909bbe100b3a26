import { ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { resolvePackagePath } from '@backstage/backend-plugin-api';

const packageDir = resolvePackagePath('backend');
const repoRoot = resolve(packageDir, '../..');

export type Replica = {
  baseUrl: string;
  stop(): Promise<void>;
};

async function waitForReadiness(baseUrl: string, child: ChildProcess) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`replica ${baseUrl} exited with ${child.exitCode}`);
    }
    try {
      const response = await fetch(`${baseUrl}/.backstage/health/v1/readiness`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise(r => setTimeout(r, 500));
  }
  throw new Error(`replica ${baseUrl} did not become ready within 120s`);
}

/**
 * Starts the portal backend (plus the schedule probe) as a separate process
 * on the given port and database, the way a second Deployment replica runs.
 */
export async function startReplica(options: {
  port: number;
  databaseConnection: string;
  databasePrefix: string;
}): Promise<Replica> {
  const baseUrl = `http://localhost:${options.port}`;
  const output: string[] = [];
  const child = spawn(
    process.execPath,
    [
      '--require',
      require.resolve('@backstage/cli/config/nodeTransform.cjs'),
      'src/testing/replicaBackend.ts',
      '--config',
      resolve(repoRoot, 'app-config.yaml'),
    ],
    {
      cwd: packageDir,
      env: {
        ...process.env,
        NODE_ENV: 'development',
        APP_CONFIG_backend_baseUrl: baseUrl,
        APP_CONFIG_backend_listen_port: String(options.port),
        APP_CONFIG_backend_database: JSON.stringify({
          client: 'pg',
          connection: options.databaseConnection,
          prefix: options.databasePrefix,
        }),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);

  try {
    await waitForReadiness(baseUrl, child);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${error}\n--- replica output ---\n${output.join('')}`);
  }

  return {
    baseUrl,
    stop: () =>
      new Promise<void>(done => {
        if (child.exitCode !== null) {
          done();
          return;
        }
        child.once('exit', () => done());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
      }),
  };
}
