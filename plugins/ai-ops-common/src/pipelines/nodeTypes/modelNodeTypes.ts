import { z } from 'zod';
import { builtInNodeType } from './builtInTask';

const column = z.string().min(1).max(100);
const bounds = z.object({
  min: z.number().optional(),
  max: z.number().optional(),
});

export const modelNodeTypes = [
  builtInNodeType('train', {
    type: 'model.train',
    title: 'Train model',
    description:
      'Fits a linear (regression) or logistic (classification) model by gradient descent on standardized numeric features.',
    category: 'model',
    inputs: [{ name: 'train', required: true, kind: 'dataset' }],
    outputs: [
      { name: 'model', kind: 'model' },
      { name: 'metrics', kind: 'metrics' },
    ],
    configSchema: z.object({
      task: z.enum(['regression', 'classification']).default('regression'),
      target: column.default('target'),
      /** Empty: every numeric column but the target. */
      features: z.array(column).max(5000).default([]),
      epochs: z.number().int().min(1).max(10_000).default(300),
      learningRate: z.number().positive().max(10).default(0.1),
      l2: z.number().min(0).max(10).default(0),
    }),
  }),
  builtInNodeType('evaluate', {
    type: 'model.evaluate',
    title: 'Evaluate model',
    description:
      'Scores a model on a dataset (RMSE, MAE, R² or accuracy, precision, recall, F1); fails as a gate when a metric is outside its bounds.',
    category: 'model',
    inputs: [
      { name: 'model', required: true, kind: 'model' },
      { name: 'data', required: true, kind: 'dataset' },
    ],
    outputs: [{ name: 'metrics', kind: 'metrics' }],
    configSchema: z.object({
      thresholds: z.record(column, bounds).default({}),
    }),
  }),
  builtInNodeType('export', {
    type: 'model.export',
    title: 'Export model',
    description:
      'Packages the model with its metrics and checksum into a deployable JSON bundle.',
    category: 'model',
    inputs: [
      { name: 'model', required: true, kind: 'model' },
      { name: 'metrics', required: false, kind: 'metrics' },
    ],
    outputs: [{ name: 'bundle', kind: 'file' }],
    configSchema: z.object({
      name: z
        .string()
        .regex(/^[a-z0-9][a-z0-9-]{0,62}$/)
        .default('model'),
    }),
  }),
];
