import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { requireServiceEnv } from '@internal/testing';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const policyDir = resolvePackagePath('@internal/plugin-authz-node', 'policy');
const opa = () => requireServiceEnv('opa', 'OPA_BIN');

describe('the committed Rego policy', () => {
  it('passes its own tests under the real OPA binary (opa test)', () => {
    const output = execFileSync(opa(), ['test', '.', '--format', 'json'], {
      cwd: policyDir,
      encoding: 'utf8',
    });
    const results = JSON.parse(output) as Array<{
      name: string;
      fail?: boolean;
      error?: unknown;
    }>;
    expect(results.length).toBeGreaterThanOrEqual(8);
    expect(results.filter(r => r.fail || r.error).map(r => r.name)).toEqual([]);
  });

  it('matches the committed wasm (run scripts/build-authz-policy when this fails)', () => {
    const work = mkdtempSync(join(tmpdir(), 'authz-wasm-'));
    try {
      execFileSync(
        opa(),
        [
          'build',
          '-t',
          'wasm',
          '-e',
          'portal/authz/decision',
          'portal_authz.rego',
          '-o',
          join(work, 'bundle.tar.gz'),
        ],
        { cwd: policyDir },
      );
      execFileSync(
        'tar',
        ['-xzf', join(work, 'bundle.tar.gz'), '-C', work, '/policy.wasm'],
        {
          stdio: 'ignore',
        },
      );
      const rebuilt = readFileSync(join(work, 'policy.wasm'));
      const committed = readFileSync(join(policyDir, 'portal_authz.wasm'));
      expect(rebuilt.equals(committed)).toBe(true);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
