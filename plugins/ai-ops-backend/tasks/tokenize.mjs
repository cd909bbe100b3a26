// llm.tokenize: a text column as hashed bag-of-words features f0…fN
// (FNV-1a buckets, L2-normalized), beside the columns to keep.
import { columnIndex, readCsv, writeCsv } from './lib/csv.mjs';
import { required, runTask } from './lib/task.mjs';

function bucketOf(token, buckets) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) {
    hash ^= token.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % buckets;
}

runTask(async ({ config, inputs, outputs }) => {
  const { textColumn = 'text', buckets = 128, keep = ['label'] } = config;
  const table = await readCsv(required(inputs, 'data'));
  const textIndex = columnIndex(table.columns, textColumn);
  const keepIndexes = keep.map(name => columnIndex(table.columns, name));
  let tokens = 0;
  const rows = table.rows.map(row => {
    const counts = new Array(buckets).fill(0);
    for (const token of (row[textIndex] ?? '')
      .toLowerCase()
      .match(/[\p{L}\p{N}']+/gu) ?? []) {
      counts[bucketOf(token, buckets)]++;
      tokens++;
    }
    const norm = Math.sqrt(counts.reduce((a, c) => a + c * c, 0)) || 1;
    return [
      ...keepIndexes.map(i => row[i]),
      ...counts.map(c => Math.round((c / norm) * 1e4) / 1e4),
    ];
  });
  const features = Array.from({ length: buckets }, (_, i) => `f${i}`);
  await writeCsv(
    required(outputs, 'data', 'output'),
    [...keep, ...features],
    rows,
  );
  console.log(
    `${tokens} tokens of ${rows.length} texts into ${buckets} buckets`,
  );
});
