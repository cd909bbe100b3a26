import { z } from 'zod';
import { builtInNodeType } from './builtInTask';

const seed = z
  .number()
  .int()
  .min(0)
  .max(2 ** 31)
  .default(42);
const column = z.string().min(1).max(100);

/** Kinds of synthetic data `data.synthetic` makes (see tasks/synthetic.mjs). */
export const SYNTHETIC_DATASETS = [
  'time-series',
  'shapes',
  'reviews',
  'tones',
  'product-images',
  'product-texts',
] as const;

export const dataNodeTypes = [
  builtInNodeType('synthetic', {
    type: 'data.synthetic',
    title: 'Synthetic dataset',
    description:
      'Generates a small labelled CSV: a noisy seasonal series, 8×8 shape images, short reviews, audio tones, or product images/texts sharing ids.',
    category: 'data',
    inputs: [],
    outputs: [{ name: 'data', kind: 'dataset' }],
    configSchema: z.object({
      dataset: z.enum(SYNTHETIC_DATASETS),
      rows: z.number().int().min(10).max(100_000).default(500),
      noise: z.number().min(0).max(1).default(0.1),
      seed,
    }),
  }),
  builtInNodeType('load', {
    type: 'data.load',
    title: 'Load dataset',
    description:
      'Copies a CSV from a URI (file://, http(s)://, s3:// through the object store) into the run.',
    category: 'data',
    inputs: [],
    outputs: [{ name: 'data', kind: 'dataset' }],
    configSchema: z.object({ uri: z.string().min(1).max(2000) }),
  }),
  builtInNodeType('validate', {
    type: 'data.validate',
    title: 'Validate dataset',
    description:
      'Computes missing values, duplicate rows, numeric ranges and value distributions; fails the run as a data-validation failure when a threshold is exceeded.',
    category: 'data',
    inputs: [{ name: 'data', required: true, kind: 'dataset' }],
    outputs: [
      { name: 'data', kind: 'dataset' },
      { name: 'report', kind: 'report' },
    ],
    configSchema: z.object({
      maxMissingRatio: z.number().min(0).max(1).default(0.05),
      maxDuplicateRatio: z.number().min(0).max(1).default(0.01),
      requiredColumns: z.array(column).max(200).default([]),
      ranges: z
        .record(
          column,
          z.object({ min: z.number().optional(), max: z.number().optional() }),
        )
        .default({}),
    }),
  }),
  builtInNodeType('split', {
    type: 'data.split',
    title: 'Train/test split',
    description:
      'Splits rows into a training and a test set, shuffled with a seed or in order (time series).',
    category: 'data',
    inputs: [{ name: 'data', required: true, kind: 'dataset' }],
    outputs: [
      { name: 'train', kind: 'dataset' },
      { name: 'test', kind: 'dataset' },
    ],
    configSchema: z.object({
      testRatio: z.number().min(0.05).max(0.9).default(0.2),
      shuffle: z.boolean().default(true),
      seed,
    }),
  }),
  builtInNodeType('join', {
    type: 'data.join',
    title: 'Join datasets',
    description: 'Inner-joins two CSVs on a key column.',
    category: 'data',
    inputs: [
      { name: 'left', required: true, kind: 'dataset' },
      { name: 'right', required: true, kind: 'dataset' },
    ],
    outputs: [{ name: 'data', kind: 'dataset' }],
    configSchema: z.object({ key: column.default('id') }),
  }),
];
