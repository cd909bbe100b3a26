import { execFileSync } from 'node:child_process';
import { requireServiceEnv } from '../requireServiceEnv';

const requireEnv = (name: string) => requireServiceEnv('opa', name);

const policy = `package portal.smoke

default allow := false

allow if "admin" in input.user.roles
`;

describe('opa service', () => {
  const opaUrl = requireEnv('OPA_URL');
  const opaBin = requireEnv('OPA_BIN');
  const policyUrl = `${opaUrl}/v1/policies/portal-smoke`;

  afterAll(() => fetch(policyUrl, { method: 'DELETE' }));

  async function allow(roles: string[]): Promise<unknown> {
    const response = await fetch(`${opaUrl}/v1/data/portal/smoke/allow`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ input: { user: { roles } } }),
    });
    expect(response.status).toBe(200);
    return (await response.json()).result;
  }

  it('evaluates a policy pushed over the REST API', async () => {
    const put = await fetch(policyUrl, {
      method: 'PUT',
      headers: { 'content-type': 'text/plain' },
      body: policy,
    });
    expect(put.status).toBe(200);

    expect(await allow(['viewer', 'admin'])).toBe(true);
    expect(await allow(['viewer'])).toBe(false);
  });

  it('has a working CLI for builds and policy tests', () => {
    const output = execFileSync(opaBin, ['version'], { encoding: 'utf8' });
    expect(output).toMatch(/^Version: 1\.\d+\.\d+$/m);
  });
});
