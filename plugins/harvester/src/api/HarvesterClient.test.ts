import { ResponseError } from '@backstage/errors';
import type { ClusterSummary } from '@internal/plugin-harvester-common';
import { HarvesterClient, OIDC_TOKEN_HEADER } from './HarvesterClient';

const base = 'http://localhost:7007/api/harvester';

function reply(status: number, body?: unknown) {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    statusText: status >= 400 ? 'Conflict' : 'OK',
    headers: { 'Content-Type': 'application/json' },
  });
}

const cluster = (name: string, authType: ClusterSummary['authType']) =>
  ({ name, authType } as ClusterSummary);

function setup(
  options: {
    respond?: (url: string) => Response;
    oidcToken?: () => Promise<string | undefined>;
  } = {},
) {
  const respond =
    options.respond ?? (() => reply(200, { items: [], totalCount: 0 }));
  const fetch = jest.fn(async (url: string, _init?: RequestInit) =>
    respond(url),
  );
  const client = new HarvesterClient({
    discoveryApi: { getBaseUrl: async () => base },
    fetchApi: { fetch: fetch as unknown as typeof globalThis.fetch },
    identityApi: { getCredentials: async () => ({ token: 'backstage-token' }) },
    oidcToken: options.oidcToken,
  });
  return { client, fetch };
}

describe('HarvesterClient', () => {
  it('lists VMs with the filters as query parameters', async () => {
    const { client, fetch } = setup();
    await client.listVms({
      cluster: ['prod'],
      state: ['Running', 'Paused'],
      label: 'app=shop',
      offset: 25,
      limit: 25,
    });
    expect(fetch.mock.calls[0][0]).toBe(
      `${base}/vms?cluster=prod&state=Running%2CPaused&label=app%3Dshop&offset=25&limit=25`,
    );
  });

  it('lists volume snapshots and backup schedules as pages, sorted', async () => {
    const page = { items: [{ name: 'snap' }], totalCount: 1 };
    const { client, fetch } = setup({ respond: () => reply(200, page) });
    await expect(
      client.listVolumeSnapshots({ cluster: ['prod'], sort: '-createdAt' }),
    ).resolves.toEqual(page);
    await expect(
      client.listBackupSchedules({ namespace: ['default'], limit: 25 }),
    ).resolves.toEqual(page);
    expect(fetch.mock.calls.map(call => call[0])).toEqual([
      `${base}/volume-snapshots?cluster=prod&sort=-createdAt`,
      `${base}/backup-schedules?namespace=default&limit=25`,
    ]);
  });

  it('addresses objects by cluster, namespace and name', async () => {
    const { client, fetch } = setup({ respond: () => reply(200, {}) });
    await client.getVm({ cluster: 'prod', namespace: 'team a', name: 'web-1' });
    await client.getHost({ cluster: 'prod', name: 'node-1' });
    await client.getVmDeletePlan(
      { cluster: 'prod', namespace: 'default', name: 'web-1' },
      { removeVolumes: true },
    );
    expect(fetch.mock.calls.map(call => call[0])).toEqual([
      `${base}/clusters/prod/namespaces/team%20a/vms/web-1`,
      `${base}/clusters/prod/hosts/node-1`,
      `${base}/clusters/prod/namespaces/default/vms/web-1/delete-plan?removeVolumes=true`,
    ]);
  });

  it('posts actions and changes as JSON', async () => {
    const { client, fetch } = setup({
      respond: () => reply(200, { ok: true }),
    });
    const vm = { cluster: 'prod', namespace: 'default', name: 'web-1' };
    await client.runVmAction(vm, 'migrate', { targetHost: 'node-2' });
    await client.setHostMaintenance({ cluster: 'prod', name: 'node-1' }, true);
    await client.setHostCordoned({ cluster: 'prod', name: 'node-1' }, false);
    await client.deleteVm(vm, { removeVolumes: false, confirm: 'web-1' });
    const calls = fetch.mock.calls.map(([url, init]) => [
      url,
      init?.method,
      init?.body,
    ]);
    expect(calls).toEqual([
      [
        `${base}/clusters/prod/namespaces/default/vms/web-1/actions/migrate`,
        'POST',
        '{"targetHost":"node-2"}',
      ],
      [
        `${base}/clusters/prod/hosts/node-1/maintenance`,
        'POST',
        '{"enable":true}',
      ],
      [`${base}/clusters/prod/hosts/node-1/uncordon`, 'POST', undefined],
      [
        `${base}/clusters/prod/namespaces/default/vms/web-1?removeVolumes=false&confirm=web-1`,
        'DELETE',
        undefined,
      ],
    ]);
    expect(fetch.mock.calls[0][1]?.headers).toEqual({
      'Content-Type': 'application/json',
    });
  });

  it('accepts empty answers of deletes', async () => {
    const { client } = setup({
      respond: () => new Response(null, { status: 204 }),
    });
    await expect(
      client.deleteVolume({ cluster: 'prod', namespace: 'default', name: 'v' }),
    ).resolves.toBeUndefined();
  });

  it('throws the server’s error as a ResponseError', async () => {
    const { client } = setup({
      respond: () =>
        reply(409, {
          error: { name: 'ConflictError', message: 'web-1 is already running' },
          request: { method: 'POST', url: '/actions/start' },
          response: { statusCode: 409 },
        }),
    });
    const error = await client
      .runVmAction(
        { cluster: 'prod', namespace: 'default', name: 'web-1' },
        'start',
      )
      .catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.body.error.message).toBe('web-1 is already running');
  });

  it('sends the OIDC token only to requests reaching an oidc cluster', async () => {
    const oidcToken = jest.fn(async () => 'id-token');
    const { client, fetch } = setup({
      oidcToken,
      respond: url =>
        url.endsWith('/clusters')
          ? reply(200, [
              cluster('prod', 'serviceAccount'),
              cluster('lab', 'oidc'),
            ])
          : reply(200, { items: [], totalCount: 0 }),
    });
    await client.listVms({ cluster: ['prod'] });
    await client.listVms({ cluster: ['lab'] });
    await client.listVms({});
    await client.getHost({ cluster: 'lab', name: 'lab-1' });

    const headerOf = (urlEnd: string) =>
      (
        fetch.mock.calls.find(([url]) => url.endsWith(urlEnd))?.[1]
          ?.headers as Record<string, string>
      )?.[OIDC_TOKEN_HEADER];
    expect(headerOf('/vms?cluster=prod')).toBeUndefined();
    expect(headerOf('/vms?cluster=lab')).toBe('id-token');
    expect(headerOf('/vms')).toBe('id-token');
    expect(headerOf('/hosts/lab-1')).toBe('id-token');
    expect(headerOf('/clusters')).toBeUndefined();
    // The cluster list is asked once and remembered.
    expect(
      fetch.mock.calls.filter(([url]) => url.endsWith('/clusters')),
    ).toHaveLength(1);
  });

  it('shares a cluster list on its way among callers, then asks anew', async () => {
    const { client, fetch } = setup({
      oidcToken: async () => 'id-token',
      respond: url =>
        url.endsWith('/clusters')
          ? reply(200, [cluster('lab', 'oidc')])
          : reply(200, { items: [], totalCount: 0 }),
    });
    const prefetch = client.listClusters();
    const [, listed] = await Promise.all([
      client.listVms({}),
      client.listClusters(),
      prefetch,
    ]);
    expect(listed).toEqual([cluster('lab', 'oidc')]);
    const clusterCalls = () =>
      fetch.mock.calls.filter(([url]) => url.endsWith('/clusters'));
    expect(clusterCalls()).toHaveLength(1);
    await client.listClusters();
    expect(clusterCalls()).toHaveLength(2);
  });

  it('answers the first identical VM list with the prefetched one, then asks anew', async () => {
    const { client, fetch } = setup();
    client.prefetchVms({ cluster: ['east'], offset: 0, limit: 25 });
    // The same list with its parameters in another order, and sort unset.
    const query = { limit: 25, offset: 0, sort: undefined, cluster: ['east'] };
    await client.listVms(query);
    const vmCalls = () =>
      fetch.mock.calls.filter(([url]) => url.includes('/vms'));
    expect(vmCalls()).toHaveLength(1);
    await client.listVms(query);
    expect(vmCalls()).toHaveLength(2);
    await client.listVms({ cluster: ['west'], offset: 0, limit: 25 });
    expect(vmCalls()).toHaveLength(3);
  });

  it('sends no token header without an OIDC sign-in', async () => {
    const { client, fetch } = setup({
      oidcToken: async () => '',
      respond: url =>
        url.endsWith('/clusters')
          ? reply(200, [cluster('lab', 'oidc')])
          : reply(200, { items: [], totalCount: 0 }),
    });
    await client.listVms({ cluster: ['lab'] });
    expect(fetch.mock.calls[1][1]?.headers).toEqual({});
  });
});
