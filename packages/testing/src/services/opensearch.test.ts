import { requireServiceEnv } from '../requireServiceEnv';

const requireEnv = (name: string) => requireServiceEnv('opensearch', name);

describe('opensearch service', () => {
  const url = requireEnv('OPENSEARCH_URL');
  const index = `smoke-test-${process.pid}-${Date.now()}`;

  async function call(method: string, path: string, body?: unknown) {
    const response = await fetch(`${url}/${index}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await response.json();
    if (!response.ok) {
      throw new Error(
        `${method} ${path} answered ${response.status}: ${JSON.stringify(
          json,
        )}`,
      );
    }
    return json;
  }

  afterAll(async () => {
    await fetch(`${url}/${index}`, { method: 'DELETE' }).catch(() => undefined);
  });

  it('indexes a document and finds it by a term', async () => {
    await call('PUT', '', {
      mappings: { properties: { kind: { type: 'keyword' } } },
    });
    // refresh=true makes the document searchable at once.
    await call('PUT', '/_doc/component-catalog?refresh=true', {
      kind: 'Component',
      title: 'Software catalog',
    });

    const result = await call('POST', '/_search', {
      query: { term: { kind: 'Component' } },
    });
    expect(result.hits.total.value).toBe(1);
    expect(result.hits.hits[0]._id).toBe('component-catalog');
    expect(result.hits.hits[0]._source.title).toBe('Software catalog');

    expect(await call('DELETE', '')).toEqual({ acknowledged: true });
  });
});
