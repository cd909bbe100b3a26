import { PipelineDomain } from './domains';
import { GraphEdge, GraphNode, PipelineGraph } from './graph';
import { layoutGraph } from './layoutGraph';
import { PipelineTemplate } from './api';

type Wire = [from: string, to: string];

const node = (
  id: string,
  type: string,
  config: Record<string, unknown> = {},
  extra: Partial<GraphNode> = {},
): GraphNode => ({ id, type, typeVersion: 1, config, ...extra });

/** `a.out → b.in`, the default ports being `data`. */
function edge([from, to]: Wire): GraphEdge {
  const [fromNode, output = 'data'] = from.split('.');
  const [toNode, input = 'data'] = to.split('.');
  return {
    id: `${fromNode}-${output}-${toNode}-${input}`,
    from: { node: fromNode, output },
    to: { node: toNode, input },
  };
}

const graph = (nodes: GraphNode[], wires: Wire[]): PipelineGraph =>
  layoutGraph({ nodes, edges: wires.map(edge) });

const retry = {
  retry: { maxAttempts: 2, backoffSeconds: 5, backoffMultiplier: 2 },
};

/** Split, then train a model (retried) and evaluate it against a gate. */
const trainAndEvaluate = (
  task: 'classification' | 'regression',
  target: string,
  thresholds: Record<string, { min: number }>,
  split: Record<string, unknown> = {},
) => [
  node('split', 'data.split', split),
  node('train', 'model.train', { task, target }, retry),
  node('evaluate', 'model.evaluate', { thresholds }),
];

/** The wires `trainAndEvaluate` needs, after `from → split`. */
const trainAndEvaluateWires = (from: string): Wire[] => [
  [from, 'split'],
  ['split.train', 'train.train'],
  ['train.model', 'evaluate.model'],
  ['split.test', 'evaluate'],
];

/** One starting pipeline per domain, built from the built-in node types. */
export const pipelineTemplates: PipelineTemplate[] = [
  {
    id: 'time-series-forecast',
    domain: 'time-series',
    title: 'Time-series forecast',
    description:
      'Ingest a seasonal series, window it into lag features, backtest against the naive forecast, then train and evaluate a linear forecaster.',
    graph: graph(
      [
        node('ingest', 'data.synthetic', { dataset: 'time-series', rows: 400 }),
        node('window', 'timeseries.window', { lags: 12, horizon: 1 }),
        node('backtest', 'timeseries.backtest', { folds: 4 }),
        ...trainAndEvaluate(
          'regression',
          'target',
          { r2: { min: 0.5 } },
          { shuffle: false, testRatio: 0.2 },
        ),
      ],
      [
        ['ingest', 'window'],
        ['window', 'backtest'],
        ...trainAndEvaluateWires('window'),
      ],
    ),
  },
  {
    id: 'cv-shape-classifier',
    domain: 'cv',
    title: 'Image classifier',
    description:
      'Validate 8×8 images of circles and squares, augment them with mirrored copies, then train and evaluate a classifier.',
    graph: graph(
      [
        node('ingest', 'data.synthetic', { dataset: 'shapes', rows: 300 }),
        node('validate', 'data.validate'),
        node('augment', 'cv.augment', { width: 8, flipHorizontal: true }),
        ...trainAndEvaluate('classification', 'label', {
          accuracy: { min: 0.8 },
        }),
      ],
      [
        ['ingest', 'validate'],
        ['validate', 'augment'],
        ...trainAndEvaluateWires('augment'),
      ],
    ),
  },
  {
    id: 'llm-text-classifier',
    domain: 'llm',
    title: 'Text classifier',
    description:
      'Validate short reviews, tokenize them into hashed bag-of-words features and fine-tune a sentiment classifier head with an F1 gate.',
    graph: graph(
      [
        node('ingest', 'data.synthetic', { dataset: 'reviews', rows: 400 }),
        node('validate', 'data.validate', {
          requiredColumns: ['text', 'label'],
        }),
        node('tokenize', 'llm.tokenize', { buckets: 128 }),
        ...trainAndEvaluate('classification', 'label', { f1: { min: 0.7 } }),
      ],
      [
        ['ingest', 'validate'],
        ['validate', 'tokenize'],
        ...trainAndEvaluateWires('tokenize'),
      ],
    ),
  },
  {
    id: 'audio-tone-classifier',
    domain: 'audio',
    title: 'Audio event classifier',
    description:
      'Extract energy, zero-crossing and spectral features from audio clips, train a classifier, evaluate it and export a bundle.',
    graph: graph(
      [
        node('ingest', 'data.synthetic', { dataset: 'tones', rows: 200 }),
        node('features', 'audio.features', { sampleRate: 8000 }),
        ...trainAndEvaluate('classification', 'label', {
          accuracy: { min: 0.8 },
        }),
        node('export', 'model.export', { name: 'tone-classifier' }),
      ],
      [
        ['ingest', 'features'],
        ...trainAndEvaluateWires('features'),
        ['train.model', 'export.model'],
        ['evaluate.metrics', 'export.metrics'],
      ],
    ),
  },
  {
    id: 'multimodal-product-classifier',
    domain: 'multimodal',
    title: 'Image + text classifier',
    description:
      'Join product images with tokenized descriptions by id, then train and evaluate one classifier on both.',
    graph: graph(
      [
        node('images', 'data.synthetic', {
          dataset: 'product-images',
          rows: 300,
        }),
        node('texts', 'data.synthetic', {
          dataset: 'product-texts',
          rows: 300,
        }),
        node('tokenize', 'llm.tokenize', {
          buckets: 64,
          keep: ['id', 'label'],
        }),
        node('join', 'data.join', { key: 'id' }),
        ...trainAndEvaluate('classification', 'label', {
          accuracy: { min: 0.8 },
        }),
      ],
      [
        ['images', 'join.left'],
        ['texts', 'tokenize'],
        ['tokenize', 'join.right'],
        ...trainAndEvaluateWires('join'),
      ],
    ),
  },
];

/** The templates, of one domain when given. */
export function listPipelineTemplates(
  domain?: PipelineDomain,
): PipelineTemplate[] {
  return pipelineTemplates.filter(t => !domain || t.domain === domain);
}
