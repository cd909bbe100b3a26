import { ResponseError } from '@backstage/errors';
import { describeError } from '@internal/portal-react';
import { DataCatalogClient, tablePath } from './DataCatalogClient';

const base = 'http://localhost:7007/api/data-catalog';

function reply(status: number, body?: unknown) {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    statusText: status >= 400 ? 'Bad Request' : 'OK',
    headers: { 'Content-Type': 'application/json' },
  });
}

function setup(
  respond: () => Response = () => reply(200, { items: [], totalCount: 0 }),
) {
  const fetch = jest.fn(async (_url: string, _init?: RequestInit) => respond());
  const client = new DataCatalogClient({
    discoveryApi: { getBaseUrl: async () => base },
    fetchApi: { fetch: fetch as unknown as typeof globalThis.fetch },
  });
  return { client, fetch };
}

describe('DataCatalogClient', () => {
  it('addresses a table by the namespace and name of its entity ref', async () => {
    expect(tablePath('resource:shop/app.public.orders')).toBe(
      '/tables/shop/app.public.orders',
    );
    const { client, fetch } = setup(() => reply(200, {}));
    await client.getTable('resource:shop/a b');
    expect(fetch.mock.calls[0][0]).toBe(`${base}/tables/shop/a%20b`);
  });

  it('sends the search with filters as repeated parameters', async () => {
    const { client, fetch } = setup(() => reply(200, { hits: [] }));
    await client.search({
      q: 'orders',
      tag: ['pii', 'finance'],
      limit: 20,
      offset: 0,
    });
    expect(fetch.mock.calls[0][0]).toBe(
      `${base}/search?q=orders&tag=pii&tag=finance&limit=20&offset=0`,
    );
  });

  it('posts JSON bodies and accepts empty answers', async () => {
    const { client, fetch } = setup(() => reply(202));
    await client.assignTags('resource:shop/app.public.orders', {
      column: 'email',
      add: ['pii-high'],
      remove: [],
    });
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe(`${base}/tables/shop/app.public.orders/tags`);
    expect(init).toMatchObject({
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"column":"email","add":["pii-high"],"remove":[]}',
    });
  });

  it('reads lists whether bare or wrapped in items', async () => {
    const tags = [{ id: 't1', name: 'pii-high' }];
    expect(await setup(() => reply(200, tags)).client.listTags()).toEqual(tags);
    expect(
      await setup(() =>
        reply(200, { items: tags, totalCount: 1 }),
      ).client.listTags(),
    ).toEqual(tags);
  });

  it('favourites with PUT and unfavourites with DELETE', async () => {
    const { client, fetch } = setup(() => reply(204));
    await client.setFavorite('resource:shop/app.public.orders', true);
    await client.setFavorite('resource:shop/app.public.orders', false);
    expect(fetch.mock.calls.map(([url, init]) => [init?.method, url])).toEqual([
      ['PUT', `${base}/favorites/shop/app.public.orders`],
      ['DELETE', `${base}/favorites/shop/app.public.orders`],
    ]);
  });

  it('throws the server error with its message', async () => {
    const { client } = setup(() =>
      reply(400, {
        error: { name: 'InputError', message: 'connection.port: too small' },
        response: { statusCode: 400 },
      }),
    );
    const error = await client.getSource('shop').catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(describeError(error)).toBe('connection.port: too small');
  });
});
