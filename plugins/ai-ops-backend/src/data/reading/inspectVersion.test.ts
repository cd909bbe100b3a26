import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { FileLocation } from '../locations/FileLocation';
import { csv, dataDirectory, rowsOf, writeFiles } from '../__testUtils__/dataFiles';
import { inspectVersion } from './inspectVersion';

describe('inspectVersion', () => {
  let root: string;
  beforeEach(async () => {
    root = await dataDirectory();
  });

  it('reads a CSV file: sha256 of its bytes, size, rows and schema', async () => {
    const content = csv(
      ['id', 'price', 'label', 'active', 'day'],
      [
        [1, 9.5, 'cat', 'true', '2026-01-01'],
        [2, '', 'dog', 'false', '2026-01-02T10:00:00Z'],
        [3, 11, '', 'true', '2026-01-03'],
      ],
    );
    await writeFiles(root, { 'sales.csv': content });
    const location = await FileLocation.open(root, path.join(root, 'sales.csv'));

    const found = await inspectVersion(location, 'csv');

    expect(found).toEqual({
      storageUri: `file://${root}/sales.csv`,
      hash: `sha256:${createHash('sha256').update(content).digest('hex')}`,
      sizeBytes: Buffer.byteLength(content),
      rowCount: 3,
      files: 1,
      schema: [
        { name: 'id', type: 'integer', nullable: false },
        { name: 'price', type: 'number', nullable: true },
        { name: 'label', type: 'string', nullable: true },
        { name: 'active', type: 'boolean', nullable: false },
        { name: 'day', type: 'timestamp', nullable: false },
      ],
      partitionKeys: [],
      partitions: [],
    });
  });

  it('reads JSON Lines, keeping JSON types and noting absent fields', async () => {
    await writeFiles(root, {
      'events.jsonl': [
        '{"user":"a","n":1,"tags":["x"]}',
        '',
        '{"user":"b","n":2.5}',
        '{"user":"007","n":3,"extra":true}',
      ].join('\n'),
    });
    const location = await FileLocation.open(root, `${root}/events.jsonl`);
    const found = await inspectVersion(location, 'jsonl');
    expect(found.rowCount).toBe(3);
    expect(found.schema).toEqual([
      { name: 'user', type: 'string', nullable: false },
      { name: 'n', type: 'number', nullable: false },
      { name: 'tags', type: 'json', nullable: true },
      { name: 'extra', type: 'boolean', nullable: true },
    ]);
  });

  it('reads every file of a Hive-partitioned directory', async () => {
    const part = (n: number, from: number) =>
      csv(['id', 'v'], rowsOf(n, i => [from + i, i * 2]));
    await writeFiles(root, {
      'sales/year=2025/month=12/part-0.csv': part(2, 0),
      'sales/year=2026/month=01/part-0.csv': part(3, 10),
      'sales/year=2026/month=01/part-1.csv': part(1, 20),
      'sales/_SUCCESS': '',
    });
    const location = await FileLocation.open(root, `${root}/sales`);

    const found = await inspectVersion(location, 'csv');

    expect(found.storageUri).toBe(`file://${root}/sales/`);
    expect(found.rowCount).toBe(6);
    expect(found.files).toBe(3);
    expect(found.partitionKeys).toEqual(['year', 'month']);
    expect(found.partitions).toEqual([
      expect.objectContaining({
        path: 'year=2025/month=12',
        values: { year: '2025', month: '12' },
        files: 1,
        rowCount: 2,
      }),
      expect.objectContaining({
        path: 'year=2026/month=01',
        values: { year: '2026', month: '01' },
        files: 2,
        rowCount: 4,
      }),
    ]);
    // The same content under other keys is another version.
    await fs.rename(
      `${root}/sales/year=2026/month=01/part-1.csv`,
      `${root}/sales/year=2026/month=01/part-9.csv`,
    );
    const renamed = await inspectVersion(location, 'csv');
    expect(renamed.hash).not.toBe(found.hash);
    expect(renamed.rowCount).toBe(6);
  });

  it('answers a malformed record with a 400 naming the file and line', async () => {
    await writeFiles(root, { 'bad.csv': 'a,b\n1,2\n3\n' });
    const location = await FileLocation.open(root, `${root}/bad.csv`);
    await expect(inspectVersion(location, 'csv')).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringMatching(/bad\.csv: .*line 3/),
    });
    await writeFiles(root, { 'bad.jsonl': '{"a":1}\nnot json\n' });
    const jsonl = await FileLocation.open(root, `${root}/bad.jsonl`);
    await expect(inspectVersion(jsonl, 'jsonl')).rejects.toThrow(
      /bad\.jsonl: line 2: not valid JSON/,
    );
  });

  it('keeps versions inside the connection directory, symlinks too', async () => {
    const outside = await dataDirectory();
    await writeFiles(outside, { 'secret.csv': 'a\n1\n' });
    await expect(
      FileLocation.open(root, `${outside}/secret.csv`),
    ).rejects.toThrow(/outside the connection's directory/);
    await expect(
      FileLocation.open(root, `${root}/../${path.basename(outside)}/secret.csv`),
    ).rejects.toThrow(/outside/);
    await fs.symlink(`${outside}/secret.csv`, `${root}/link.csv`);
    await expect(FileLocation.open(root, `${root}/link.csv`)).rejects.toThrow(
      /leads outside/,
    );
    await expect(FileLocation.open(root, `${root}/none.csv`)).rejects.toThrow(
      /No file/,
    );
  });

  it('reads 200,000 rows in one streamed pass', async () => {
    const rows = 200_000;
    const handle = await fs.open(`${root}/big.csv`, 'w');
    await handle.write('id,value,group\n');
    for (let i = 0; i < rows; i += 10_000) {
      await handle.write(
        rowsOf(10_000, j => `${i + j},${(i + j) % 97},g${(i + j) % 5}\n`).join(''),
      );
    }
    await handle.close();
    const location = await FileLocation.open(root, `${root}/big.csv`);
    const found = await inspectVersion(location, 'csv');
    expect(found.rowCount).toBe(rows);
    expect(found.sizeBytes).toBe((await fs.stat(`${root}/big.csv`)).size);
  });
});
