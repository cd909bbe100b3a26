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
        node('split', 'data.split', { shuffle: false, testRatio: 0.2 }),
        node(
          'train',
          'model.train',
          { task: 'regression', target: 'target' },
          retry,
        ),
        node('evaluate', 'model.evaluate', {
          thresholds: { r2: { min: 0.5 } },
        }),
      ],
      [
        ['ingest', 'window'],
        ['window', 'backtest'],
        ['window', 'split'],
        ['split.train', 'train.train'],
        ['train.model', 'evaluate.model'],
        ['split.test', 'evaluate'],
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
        node('split', 'data.split'),
        node(
          'train',
          'model.train',
          { task: 'classification', target: 'label' },
          retry,
        ),
        node('evaluate', 'model.evaluate', {
          thresholds: { accuracy: { min: 0.8 } },
        }),
      ],
      [
        ['ingest', 'validate'],
        ['validate', 'augment'],
        ['augment', 'split'],
        ['split.train', 'train.train'],
        ['train.model', 'evaluate.model'],
        ['split.test', 'evaluate'],
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
        node('split', 'data.split'),
        node(
          'train',
          'model.train',
          { task: 'classification', target: 'label' },
          retry,
        ),
        node('evaluate', 'model.evaluate', {
          thresholds: { f1: { min: 0.7 } },
        }),
      ],
      [
        ['ingest', 'validate'],
        ['validate', 'tokenize'],
        ['tokenize', 'split'],
        ['split.train', 'train.train'],
        ['train.model', 'evaluate.model'],
        ['split.test', 'evaluate'],
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
        node('split', 'data.split'),
        node(
          'train',
          'model.train',
          { task: 'classification', target: 'label' },
          retry,
        ),
        node('evaluate', 'model.evaluate', {
          thresholds: { accuracy: { min: 0.8 } },
        }),
        node('export', 'model.export', { name: 'tone-classifier' }),
      ],
      [
        ['ingest', 'features'],
        ['features', 'split'],
        ['split.train', 'train.train'],
        ['train.model', 'evaluate.model'],
        ['split.test', 'evaluate'],
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
        node('split', 'data.split'),
        node(
          'train',
          'model.train',
          { task: 'classification', target: 'label' },
          retry,
        ),
        node('evaluate', 'model.evaluate', {
          thresholds: { accuracy: { min: 0.8 } },
        }),
      ],
      [
        ['images', 'join.left'],
        ['texts', 'tokenize'],
        ['tokenize', 'join.right'],
        ['join', 'split'],
        ['split.train', 'train.train'],
        ['train.model', 'evaluate.model'],
        ['split.test', 'evaluate'],
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
