import { Client, InvalidCredentialsError } from 'ldapts';
import { requireServiceEnv } from '../requireServiceEnv';

const requireEnv = (name: string) => requireServiceEnv('ldap', name);

describe('ldap service', () => {
  const url = requireEnv('LDAP_URL');
  const bindDn = requireEnv('LDAP_BIND_DN');
  const bindPassword = requireEnv('LDAP_BIND_PASSWORD');
  const baseDn = requireEnv('LDAP_BASE_DN');
  const client = new Client({ url, timeout: 10_000, connectTimeout: 10_000 });

  afterEach(() => client.unbind());

  it('serves the demo organisation and checks user passwords', async () => {
    await client.bind(bindDn, bindPassword);
    const { searchEntries } = await client.search(baseDn, {
      filter: '(&(objectClass=inetOrgPerson)(uid=alice.kim))',
      attributes: ['uid', 'mail'],
    });
    expect(searchEntries).toHaveLength(1);
    const alice = searchEntries[0];
    expect(alice.mail).toBe('alice.kim@acme.example');
    await client.unbind();

    // The seeded test password works for her own DN, a wrong one does not.
    await client.bind(alice.dn, 'password');
    await client.unbind();
    await expect(
      client.bind(alice.dn, 'wrong-password'),
    ).rejects.toBeInstanceOf(InvalidCredentialsError);
  });
});
