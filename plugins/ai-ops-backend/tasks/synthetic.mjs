// data.synthetic: a small labelled CSV of one kind, the same for the same
// seed. product-images and product-texts with equal seed and rows share
// ids and labels, so they can be joined.
import { writeCsv } from './lib/csv.mjs';
import { seededRandom } from './lib/random.mjs';
import { required, runTask } from './lib/task.mjs';

const SIDE = 8;
const pad = i => String(i).padStart(5, '0');
const round = v => Math.round(v * 1000) / 1000;
const pixels = prefix =>
  Array.from({ length: SIDE * SIDE }, (_, i) => `${prefix}${i}`);

function timeSeries(rows, noise, rng) {
  const start = Date.UTC(2024, 0, 1);
  return {
    columns: ['timestamp', 'value'],
    rows: Array.from({ length: rows }, (_, t) => [
      new Date(start + t * 86_400_000).toISOString().slice(0, 10),
      round(
        20 +
          0.05 * t +
          4 * Math.sin((2 * Math.PI * t) / 7) +
          2 * Math.sin((2 * Math.PI * t) / 30) +
          noise * 3 * rng.gaussian(),
      ),
    ]),
  };
}

// Outline of a circle (label 0) or a square (label 1) on an 8×8 grid.
function shapes(rows, noise, rng) {
  return {
    columns: ['id', ...pixels('p'), 'label'],
    rows: Array.from({ length: rows }, (_, i) => {
      const label = rng.int(2);
      const cx = 3.5 + (rng.next() - 0.5);
      const cy = 3.5 + (rng.next() - 0.5);
      const r = 2 + rng.next() * 1.2;
      const image = [];
      for (let y = 0; y < SIDE; y++) {
        for (let x = 0; x < SIDE; x++) {
          const d = label
            ? Math.max(Math.abs(x - cx), Math.abs(y - cy))
            : Math.hypot(x - cx, y - cy);
          const ink = Math.abs(d - r) < 0.6 ? 1 : 0;
          image.push(
            round(Math.min(1, Math.max(0, ink + noise * rng.gaussian()))),
          );
        }
      }
      return [`img-${pad(i)}`, ...image, label];
    }),
  };
}

const GOOD = [
  'great',
  'love',
  'excellent',
  'fast',
  'reliable',
  'perfect',
  'happy',
  'recommend',
];
const BAD = [
  'broken',
  'slow',
  'terrible',
  'refund',
  'disappointed',
  'awful',
  'late',
  'cheap',
];
const NEUTRAL = [
  'the',
  'product',
  'arrived',
  'it',
  'was',
  'and',
  'delivery',
  'box',
  'item',
  'this',
  'really',
];

function sentence(rng, words, count, noise, other) {
  const out = [];
  for (let i = 0; i < count; i++) {
    let list = NEUTRAL;
    if (i % 3 === 0) list = rng.next() < noise ? other : words;
    out.push(rng.pick(list));
  }
  return out.join(' ');
}

function reviews(rows, noise, rng) {
  return {
    columns: ['id', 'text', 'label'],
    rows: Array.from({ length: rows }, (_, i) => {
      const label = rng.int(2);
      const [words, other] = label ? [GOOD, BAD] : [BAD, GOOD];
      return [
        `rev-${pad(i)}`,
        sentence(rng, words, 7 + rng.int(6), noise, other),
        label,
      ];
    }),
  };
}

// 128 samples at 8 kHz of a low (200-500 Hz, 0) or high (1.2-2 kHz, 1) tone.
function tones(rows, noise, rng) {
  const samples = Array.from({ length: 128 }, (_, i) => `s${i}`);
  return {
    columns: ['id', ...samples, 'label'],
    rows: Array.from({ length: rows }, (_, i) => {
      const label = rng.int(2);
      const frequency = label
        ? 1200 + rng.next() * 800
        : 200 + rng.next() * 300;
      const amplitude = 0.3 + rng.next() * 0.7;
      const phase = rng.next() * 2 * Math.PI;
      const wave = samples.map((_sample, n) =>
        round(
          amplitude * Math.sin((2 * Math.PI * frequency * n) / 8000 + phase) +
            noise * 0.3 * rng.gaussian(),
        ),
      );
      return [`clip-${pad(i)}`, ...wave, label];
    }),
  };
}

const labelsFor = (rows, seed) => {
  const rng = seededRandom(seed);
  return Array.from({ length: rows }, () => rng.int(2));
};

// Horizontal (1) or vertical (0) stripes.
function productImages(rows, noise, seed) {
  const rng = seededRandom(seed + 1);
  return {
    columns: ['id', ...pixels('p'), 'label'],
    rows: labelsFor(rows, seed).map((label, i) => {
      const offset = rng.int(2);
      const image = [];
      for (let y = 0; y < SIDE; y++) {
        for (let x = 0; x < SIDE; x++) {
          const ink = ((label ? y : x) + offset) % 2;
          image.push(round(ink + noise * rng.gaussian()));
        }
      }
      return [`prod-${pad(i)}`, ...image, label];
    }),
  };
}

const OUTDOOR = ['waterproof', 'hiking', 'trail', 'tent', 'jacket', 'camping'];
const KITCHEN = ['stainless', 'pan', 'kitchen', 'knife', 'oven', 'cooking'];

function productTexts(rows, noise, seed) {
  const rng = seededRandom(seed + 2);
  return {
    columns: ['id', 'text', 'label'],
    rows: labelsFor(rows, seed).map((label, i) => {
      const [words, other] = label ? [OUTDOOR, KITCHEN] : [KITCHEN, OUTDOOR];
      return [
        `prod-${pad(i)}`,
        sentence(rng, words, 6 + rng.int(4), noise, other),
        label,
      ];
    }),
  };
}

runTask(async ({ config, outputs }) => {
  const { dataset, rows = 500, noise = 0.1, seed = 42 } = config;
  const rng = seededRandom(seed);
  const makers = {
    'time-series': () => timeSeries(rows, noise, rng),
    shapes: () => shapes(rows, noise, rng),
    reviews: () => reviews(rows, noise, rng),
    tones: () => tones(rows, noise, rng),
    'product-images': () => productImages(rows, noise, seed),
    'product-texts': () => productTexts(rows, noise, seed),
  };
  if (!makers[dataset])
    throw new Error(`Unknown synthetic dataset "${dataset}"`);
  const table = makers[dataset]();
  await writeCsv(
    required(outputs, 'data', 'output'),
    table.columns,
    table.rows,
  );
  console.log(
    `wrote ${table.rows.length} rows × ${table.columns.length} columns of ${dataset}`,
  );
});
