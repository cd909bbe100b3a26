import { vocabulary } from './searchCorpus';

/**
 * 220 queries as people type them: 80 table names, 60 name prefixes
 * (4 characters up to the full name minus three), 60 column names and 20
 * words or phrases from descriptions. Deterministic for a given corpus.
 */
export function benchQueries(tableNames: string[]): string[] {
  const v = vocabulary;
  const pick = (k: number) => tableNames[(k * 13) % tableNames.length];
  const names = Array.from({ length: 80 }, (_, k) => pick(k));
  const prefixes = Array.from({ length: 60 }, (_, k) => {
    const name = pick(k + 200);
    return name.slice(0, 4 + (k % Math.max(1, name.length - 7)));
  });
  const columnNames = [
    'id',
    'created_at',
    'updated_at',
    'status',
    'name',
    ...v.entities.map(e => `${e}_id`),
    ...v.entities.slice(0, 10).map((e, k) => `${e}_${v.codes[k % 5]}`),
    ...v.attributes,
    ...v.measures,
    ...v.entities.slice(10, 20).map(e => `${e}_type`),
    'note',
    'payload',
    'version',
    'is_active',
    'region',
  ];
  const words = [
    'refund',
    'daily invoice',
    'customer data',
    'billing team',
    'payment history',
    'snapshot',
    'staging shipment',
    'ticket',
    'the email',
    'risk domain',
    'campaign records',
    'archive',
    'supplier latest',
    'order',
    'inventory fact',
    'employee',
    'subscription raw',
    'claim',
    'lead dim',
    'transaction',
  ];
  return [...names, ...prefixes, ...columnNames, ...words];
}
