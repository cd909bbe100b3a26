import { z } from 'zod';
import { builtInNodeType } from './builtInTask';

const column = z.string().min(1).max(100);
const keep = z.array(column).max(50).default(['label']);

/** Domain-specific feature steps: each turns raw data into numbers. */
export const featureNodeTypes = [
  builtInNodeType('window', {
    type: 'timeseries.window',
    title: 'Lag windows',
    description:
      'Turns a series into rows of the last `lags` values and the value `horizon` steps ahead (`target`).',
    category: 'features',
    domain: 'time-series',
    inputs: [{ name: 'data', required: true, kind: 'dataset' }],
    outputs: [{ name: 'data', kind: 'dataset' }],
    configSchema: z.object({
      valueColumn: column.default('value'),
      lags: z.number().int().min(1).max(50).default(6),
      horizon: z.number().int().min(1).max(30).default(1),
    }),
  }),
  builtInNodeType('backtest', {
    type: 'timeseries.backtest',
    title: 'Rolling backtest',
    description:
      'Rolling-origin backtest of a linear forecaster against the naive last-value forecast; reports MAE and RMSE per fold.',
    category: 'model',
    domain: 'time-series',
    inputs: [{ name: 'data', required: true, kind: 'dataset' }],
    outputs: [{ name: 'metrics', kind: 'metrics' }],
    configSchema: z.object({
      target: column.default('target'),
      folds: z.number().int().min(2).max(20).default(4),
      epochs: z.number().int().min(1).max(5000).default(300),
    }),
  }),
  builtInNodeType('augment', {
    type: 'cv.augment',
    title: 'Image augmentation',
    description:
      'Adds mirrored (and optionally noisy) copies of images stored as pixel columns p0…pN.',
    category: 'features',
    domain: 'cv',
    inputs: [{ name: 'data', required: true, kind: 'dataset' }],
    outputs: [{ name: 'data', kind: 'dataset' }],
    configSchema: z.object({
      width: z.number().int().min(2).max(256).default(8),
      flipHorizontal: z.boolean().default(true),
      noise: z.number().min(0).max(0.5).default(0),
      seed: z.number().int().min(0).default(42),
    }),
  }),
  builtInNodeType('tokenize', {
    type: 'llm.tokenize',
    title: 'Tokenize text',
    description:
      'Tokenizes a text column into hashed bag-of-words features (f0…fN, L2-normalized).',
    category: 'features',
    domain: 'llm',
    inputs: [{ name: 'data', required: true, kind: 'dataset' }],
    outputs: [{ name: 'data', kind: 'dataset' }],
    configSchema: z.object({
      textColumn: column.default('text'),
      buckets: z.number().int().min(8).max(4096).default(128),
      keep,
    }),
  }),
  builtInNodeType('audio-features', {
    type: 'audio.features',
    title: 'Audio features',
    description:
      'Computes RMS energy, zero-crossing rate, dominant frequency and spectral centroid of clips stored as sample columns s0…sN.',
    category: 'features',
    domain: 'audio',
    inputs: [{ name: 'data', required: true, kind: 'dataset' }],
    outputs: [{ name: 'data', kind: 'dataset' }],
    configSchema: z.object({
      sampleRate: z.number().int().min(100).max(192_000).default(8000),
      keep,
    }),
  }),
];
