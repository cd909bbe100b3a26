// cv.augment: adds a mirrored (and optionally noisy) copy of each image
// stored as pixel columns p0…pN, row by row.
import { readCsv, writeCsv } from './lib/csv.mjs';
import { seededRandom } from './lib/random.mjs';
import { required, runTask, TaskFailure } from './lib/task.mjs';

runTask(async ({ config, inputs, outputs }) => {
  const { width = 8, flipHorizontal = true, noise = 0, seed = 42 } = config;
  const { columns, rows } = await readCsv(required(inputs, 'data'));
  const pixel = columns
    .map(c => /^p(\d+)$/.exec(c))
    .map(m => (m ? Number(m[1]) : -1));
  const count = pixel.filter(p => p >= 0).length;
  if (count === 0 || count % width !== 0) {
    throw new TaskFailure(
      `${count} pixel columns do not make rows of ${width}`,
    );
  }
  const at = new Map(pixel.map((p, index) => [p, index]));
  const idIndex = columns.indexOf('id');
  const rng = seededRandom(seed);
  const copies = rows.map(row => {
    const copy = [...row];
    pixel.forEach((p, index) => {
      if (p < 0) return;
      const x = p % width;
      const source = flipHorizontal ? p - x + (width - 1 - x) : p;
      const value = Number(row[at.get(source)]) + noise * rng.gaussian();
      copy[index] = Math.round(value * 1000) / 1000;
    });
    if (idIndex >= 0) copy[idIndex] = `${row[idIndex]}-aug`;
    return copy;
  });
  await writeCsv(required(outputs, 'data', 'output'), columns, [
    ...rows,
    ...copies,
  ]);
  console.log(`${rows.length} images + ${copies.length} augmented copies`);
});
