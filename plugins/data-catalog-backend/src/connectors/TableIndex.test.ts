import { TableIndex } from './TableIndex';

describe('TableIndex', () => {
  const index = new TableIndex(
    [
      { database: 'db', schema: 'public', name: 'orders' },
      { database: 'db', schema: 'sales', name: 'orders' },
      { database: 'db', schema: 'public', name: 'Mixed' },
      { database: 'db', schema: 'public', name: 'mixed' },
      { database: 'other', schema: 'public', name: 'orders' },
    ],
    'postgresql',
  );
  const scope = { database: 'db', defaultSchemas: ['public'] };

  it('resolves unqualified names through the default schemas in order', () => {
    expect(
      index.resolve('SELECT * FROM orders', {
        database: 'db',
        defaultSchemas: ['sales', 'public'],
      }),
    ).toEqual([{ database: 'db', schema: 'sales', name: 'orders' }]);
  });

  it('resolves qualified names, each table once, writes first', () => {
    expect(
      index.resolve(
        'INSERT INTO sales.orders SELECT * FROM public.orders o JOIN public.ORDERS p ON true JOIN db.sales.orders s ON true',
        scope,
      ),
    ).toEqual([
      { database: 'db', schema: 'sales', name: 'orders' },
      { database: 'db', schema: 'public', name: 'orders' },
    ]);
  });

  it('prefers the exact (folded) name and falls back to any case', () => {
    const mixed = (name: string) => ({
      database: 'db',
      schema: 'public',
      name,
    });
    expect(index.resolve('SELECT * FROM "Mixed"', scope)).toEqual([
      mixed('Mixed'),
    ]);
    expect(index.resolve('SELECT * FROM MIXED', scope)).toEqual([
      mixed('mixed'),
    ]);
    const mysql = new TableIndex([mixed('Mixed')], 'mysql');
    expect(mysql.resolve('SELECT * FROM MIXED', scope)).toEqual([
      mixed('Mixed'),
    ]);
  });

  it('ignores names of no table in scope', () => {
    expect(
      index.resolve(
        'SELECT * FROM pg_class, nope.orders, other.public.orders',
        scope,
      ),
    ).toEqual([]);
  });

  it('searches every database when the scope names none (MySQL)', () => {
    expect(
      index.resolve('SELECT * FROM other.orders', {
        defaultSchemas: [],
      }),
    ).toEqual([]);
    expect(
      index.resolve('SELECT * FROM other.public.orders', {
        defaultSchemas: [],
      }),
    ).toEqual([{ database: 'other', schema: 'public', name: 'orders' }]);
  });
});
