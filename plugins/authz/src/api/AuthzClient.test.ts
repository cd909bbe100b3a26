import { ResponseError } from '@backstage/errors';
import type { AuditEntry } from '@internal/plugin-authz-common';
import { describeError } from '../components/shared/describeError';
import { AuthzClient, toQueryString } from './AuthzClient';

const baseUrl = 'http://localhost:7007/api/authz';

function jsonResponse(status: number, body: unknown) {
  return new Response(JSON.stringify(body), {
    status,
    statusText: status === 403 ? 'Forbidden' : 'OK',
    headers: { 'Content-Type': 'application/json' },
  });
}

function setup(
  respond: () => Response = () =>
    jsonResponse(200, { items: [], totalCount: 0 }),
) {
  const fetch = jest.fn(async (_url: string, _init?: RequestInit) => respond());
  const client = new AuthzClient({
    discoveryApi: { getBaseUrl: async () => baseUrl },
    fetchApi: { fetch: fetch as unknown as typeof globalThis.fetch },
  });
  return { client, fetch };
}

describe('toQueryString', () => {
  it('leaves out empty values and joins lists', () => {
    expect(
      toQueryString({
        q: '',
        status: 'active',
        limit: 25,
        ids: ['a', 'b'],
        none: [],
        x: undefined,
      }),
    ).toBe('?status=active&limit=25&ids=a%2Cb');
    expect(toQueryString({})).toBe('');
  });
});

describe('AuthzClient', () => {
  it('lists users with the filters in the query string', async () => {
    const { client, fetch } = setup();
    await client.listUsers({
      q: 'ali',
      status: 'disabled',
      departmentRef: undefined,
      offset: 50,
      limit: 25,
    });
    expect(fetch).toHaveBeenCalledWith(
      `${baseUrl}/users?q=ali&status=disabled&offset=50&limit=25`,
      expect.objectContaining({ method: 'GET' }),
    );
  });

  it('encodes entity refs in paths and sends JSON bodies', async () => {
    const { client, fetch } = setup(() => jsonResponse(200, {}));
    await client.updateUser('user:default/alice.kim', { status: 'disabled' });
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe(`${baseUrl}/users/user%3Adefault%2Falice.kim`);
    expect(init).toMatchObject({
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: '{"status":"disabled"}',
    });
  });

  it('posts the CSV import as text/csv', async () => {
    const { client, fetch } = setup(() => jsonResponse(200, { rows: [] }));
    await client.importUsers('name\nbob');
    expect(fetch.mock.calls[0][1]).toMatchObject({
      method: 'POST',
      headers: { 'Content-Type': 'text/csv' },
      body: 'name\nbob',
    });
  });

  it('turns a 403 into a ResponseError that carries the denying policy', async () => {
    const { client } = setup(() =>
      jsonResponse(403, {
        error: {
          name: 'NotAllowedError',
          message: 'Denied by policy no-admin (Sid DenyAll), decision d-9',
        },
        response: { statusCode: 403 },
      }),
    );
    const error = await client.deleteRole('role-admin').catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(403);
    expect(describeError(error)).toBe(
      'Denied by policy no-admin (Sid DenyAll), decision d-9',
    );
  });

  it('unwraps item lists of the sub-resources', async () => {
    const { client, fetch } = setup(() =>
      jsonResponse(200, {
        items: [{ kind: 'group', ref: 'group:default/sre-team' }],
      }),
    );
    await expect(client.listRoleHolders('role 1')).resolves.toEqual([
      { kind: 'group', ref: 'group:default/sre-team' },
    ]);
    expect(fetch.mock.calls[0][0]).toBe(`${baseUrl}/roles/role%201/holders`);
  });

  it('returns the per-user results of a bulk action', async () => {
    const results = [
      { ref: 'user:default/a', status: 'succeeded' },
      { ref: 'user:default/b', status: 'failed', message: 'from the catalog' },
    ];
    const { client, fetch } = setup(() => jsonResponse(200, { results }));
    await expect(
      client.bulkUserAction({
        action: 'delete',
        refs: ['user:default/a', 'user:default/b'],
      }),
    ).resolves.toEqual(results);
    expect(fetch.mock.calls[0][0]).toBe(`${baseUrl}/users/bulk`);
  });

  it('sets the stream cookie before opening the event stream with the filters', async () => {
    const opened: {
      url: string;
      init?: EventSourceInit;
      source: EventTarget;
    }[] = [];
    class FakeEventSource extends EventTarget {
      readyState = 1;
      onopen: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(url: string, init?: EventSourceInit) {
        super();
        opened.push({ url, init, source: this });
      }
      close() {}
    }
    Object.assign(globalThis, { EventSource: FakeEventSource });
    const { client, fetch } = setup(() => new Response(null, { status: 204 }));
    const onEntry = jest.fn();

    const stream = client.streamAuditEntries(
      { kind: 'decision', result: 'DENY' },
      { onEntry, onStatusChange: jest.fn(), onError: jest.fn() },
    );
    await new Promise(resolve => setTimeout(resolve, 0));

    expect(fetch).toHaveBeenCalledWith(
      `${baseUrl}/audit/cookie`,
      expect.objectContaining({ credentials: 'include' }),
    );
    expect(opened[0].url).toBe(
      `${baseUrl}/audit/stream?kind=decision&result=DENY`,
    );
    expect(opened[0].init).toEqual({ withCredentials: true });
    const entry = { kind: 'change', id: 'c-9' } as AuditEntry;
    opened[0].source.dispatchEvent(
      Object.assign(new Event('entry'), { data: JSON.stringify(entry) }),
    );
    expect(onEntry).toHaveBeenCalledWith(entry);
    stream.close();
  });
});
