import { InputError } from '@backstage/errors';
import { listQuerySchema } from '@internal/plugin-harvester-common';
import { listPage } from './listPage';

type Item = {
  cluster: string;
  namespace?: string;
  name: string;
  displayName?: string;
  owner?: string;
  labels: Record<string, string>;
  createdAt: string;
  cpuCores?: number;
};

const items: Item[] = [
  {
    cluster: 'b',
    namespace: 'web',
    name: 'shop',
    owner: 'group:default/shop',
    labels: { app: 'shop', tier: 'front' },
    createdAt: '2026-01-03T00:00:00Z',
    cpuCores: 4,
  },
  {
    cluster: 'a',
    namespace: 'web',
    name: 'blog',
    owner: 'group:default/web',
    labels: { app: 'blog' },
    createdAt: '2026-01-01T00:00:00Z',
    cpuCores: 2,
  },
  {
    cluster: 'a',
    namespace: 'db',
    name: 'pg',
    owner: 'group:default/data',
    labels: { app: 'pg', tier: 'db' },
    createdAt: '2026-01-02T00:00:00Z',
  },
  {
    cluster: 'a',
    namespace: 'db',
    name: 'redis',
    displayName: 'Redis cache (sessions)',
    labels: {},
    createdAt: '2026-01-04T00:00:00Z',
    cpuCores: 1,
  },
];

const names = (query: Record<string, string>) =>
  listPage(items, listQuerySchema.parse(query)).items.map(i => i.name);

describe('listPage', () => {
  it('sorts by cluster, namespace and name by default', () => {
    expect(names({})).toEqual(['pg', 'redis', 'blog', 'shop']);
  });

  it('filters by namespace, owner, text and label selector', () => {
    expect(names({ namespace: 'web' })).toEqual(['blog', 'shop']);
    expect(
      names({
        namespace: 'web,db',
        owner: 'GROUP:default/data,group:default/shop',
      }),
    ).toEqual(['pg', 'shop']);
    expect(names({ q: 'RED' })).toEqual(['redis']);
    expect(names({ q: 'default/web' })).toEqual(['blog']);
    expect(names({ q: 'tier=db' })).toEqual(['pg']);
    // Images are listed and searched by their display name.
    expect(names({ q: 'cache (SESSIONS' })).toEqual(['redis']);
    expect(names({ label: 'tier' })).toEqual(['pg', 'shop']);
    expect(names({ label: 'tier notin (db),app' })).toEqual(['blog', 'shop']);
    expect(names({ label: 'app in (pg,shop),tier!=front' })).toEqual(['pg']);
  });

  it('sorts by any field, descending with -, missing values last', () => {
    expect(names({ sort: '-createdAt' })).toEqual([
      'redis',
      'shop',
      'pg',
      'blog',
    ]);
    expect(names({ sort: 'name' })).toEqual(['blog', 'pg', 'redis', 'shop']);
    expect(names({ sort: 'cpuCores' })).toEqual([
      'redis',
      'blog',
      'shop',
      'pg',
    ]);
    expect(names({ sort: '-cpuCores' })).toEqual([
      'shop',
      'blog',
      'redis',
      'pg',
    ]);
    expect(() => names({ sort: 'metadata.name' })).toThrow(InputError);
  });

  it('pages after filtering', () => {
    const page = listPage(
      items,
      listQuerySchema.parse({ sort: 'name', offset: '1', limit: '2' }),
    );
    expect(page).toEqual({
      items: [
        expect.objectContaining({ name: 'pg' }),
        expect.objectContaining({ name: 'redis' }),
      ],
      totalCount: 4,
      offset: 1,
      limit: 2,
    });
    expect(
      listPage(items, listQuerySchema.parse({ label: 'tier', offset: '5' })),
    ).toMatchObject({
      items: [],
      totalCount: 2,
    });
  });

  it('rejects a bad label selector as a 400 on label', () => {
    expect(() => names({ label: 'app in web' })).toThrow(/^label: /);
  });
});
