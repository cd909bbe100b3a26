import { z } from 'zod';
import { slugSchema } from '../../tenancy';
import { NodeType } from '../nodeType';
import { builtInNodeType } from './builtInTask';

const seed = z
  .number()
  .int()
  .min(0)
  .max(2 ** 31)
  .default(42);
const column = z.string().min(1).max(100);

/** `<dataset>@<version>` or `<dataset>@latest`, as `data.load` names a version. */
export const DATASET_VERSION_SPEC =
  /^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)@(latest|[1-9][0-9]{0,8})$/;

/** The dataset name and version (`latest` or a number) of a spec. */
export function parseDatasetVersionSpec(
  spec: string,
): { dataset: string; version: number | 'latest' } | undefined {
  const match = DATASET_VERSION_SPEC.exec(spec);
  if (!match) return undefined;
  return {
    dataset: match[1],
    version: match[2] === 'latest' ? 'latest' : Number(match[2]),
  };
}

const loadV1 = {
  type: 'data.load',
  title: 'Load dataset',
  category: 'data' as const,
  inputs: [],
  outputs: [{ name: 'data', kind: 'dataset' as const }],
};

/**
 * Version 2 of `data.load` also reads a registered dataset version: the
 * backend resolves it when the run starts and hands its data to the task as
 * the hidden input `dataset`.
 */
function withDatasetInput(nodeType: NodeType): NodeType {
  const { command } = nodeType.runtime;
  return {
    ...nodeType,
    runtime: {
      ...nodeType.runtime,
      command: [...command, '--input', 'dataset={{inputs.dataset}}'],
    },
  };
}

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
    ...loadV1,
    description:
      'Copies a CSV from a URI (file://, http(s)://, s3:// through the object store) into the run.',
    configSchema: z.object({ uri: z.string().min(1).max(2000) }),
  }),
  withDatasetInput(
    builtInNodeType('load', {
      ...loadV1,
      version: 2,
      description:
        "Copies a CSV from a URI, or a registered dataset version (`name@3`, or `name@latest`, resolved when the run starts), into the run; the version read is recorded as the run's lineage.",
      configSchema: z
        .object({
          uri: z.string().min(1).max(2000).optional(),
          dataset: z
            .string()
            .regex(
              DATASET_VERSION_SPEC,
              'expected <dataset>@<version> or <dataset>@latest',
            )
            .optional(),
        })
        .refine(
          config =>
            (config.uri === undefined) !== (config.dataset === undefined),
          {
            message: 'give either uri or dataset',
            path: ['dataset'],
          },
        ),
    }),
  ),
  builtInNodeType('publish', {
    type: 'data.publish',
    title: 'Publish dataset version',
    description:
      "Writes its input as a file; when the task succeeds, the backend registers it as the next version of the named dataset of the workspace (hash, rows and schema read for real), recorded as written by the run; `description` is noted in the task's log.",
    category: 'data',
    inputs: [{ name: 'data', required: true, kind: 'dataset' }],
    outputs: [{ name: 'data', kind: 'dataset' }],
    configSchema: z.object({
      dataset: slugSchema,
      description: z.string().max(1000).optional(),
    }),
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
