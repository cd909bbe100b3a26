import { InputError } from '@backstage/errors';
import {
  findNodeType,
  PipelineGraph,
  taskRuntimeOf,
} from '@internal/plugin-ai-ops-common';
import { ObjectStore } from '@internal/plugin-ai-ops-node';
import { randomUUID } from 'node:crypto';
import { objectKeys } from '../storage/objectKeys';
import { DATASET_INPUT, TaskDataset } from './datasetNodes';
import { DEFAULT_PROFILE, ExecutionConfig } from './executionConfig';
import { historyEntry } from './runTransitions';

export type ExpandOptions = {
  runId: string;
  workspace: string;
  /** The run's queue; a node's own queue wins. */
  queue: string;
  config: ExecutionConfig;
  executors: ReadonlySet<string>;
  store: ObjectStore;
  now: Date;
  /** The run's params, which every task gets as `AI_OPS_PARAMS` (JSON). */
  params: Record<string, unknown>;
  /** Succeeded task rows of an earlier run to keep (re-run from failed). */
  keep?: Map<string, Record<string, any>>;
  keptFrom?: string;
  /** Datasets of `data.load` / `data.publish` nodes (resolveDatasetNodes). */
  datasets?: Map<string, TaskDataset>;
};

/**
 * A pipeline graph as task rows, one per node: what each runs (the node
 * type's runtime with its config applied), where its outputs go, which
 * tasks it waits for and feeds, and its retry, timeout, queue and profile.
 * A problem is a 400 naming the node and field.
 */
export function expandGraph(
  graph: PipelineGraph,
  options: ExpandOptions,
): Record<string, unknown>[] {
  const { config, now } = options;
  return graph.nodes.map(node => {
    const at = (field: string) => `graph.nodes[${node.id}].${field}`;
    const nodeType = findNodeType(node.type, node.typeVersion);
    if (!nodeType) {
      throw new InputError(
        `${at('type')}: no node type ${node.type}@${node.typeVersion}`,
      );
    }
    const profile = node.resourceProfile ?? DEFAULT_PROFILE;
    if (!config.profiles.has(profile)) {
      throw new InputError(
        `${at('resourceProfile')}: no resource profile '${profile}'`,
      );
    }
    const queueName = node.queue ?? options.queue;
    const queue = config.queues.get(queueName);
    if (!queue) throw new InputError(`${at('queue')}: no queue '${queueName}'`);
    if (!options.executors.has(queue.executor)) {
      throw new InputError(
        `${at('queue')}: queue '${queueName}' runs on executor '${
          queue.executor
        }', which is not installed`,
      );
    }
    const incoming = graph.edges.filter(e => e.to.node === node.id);
    const upstream = [...new Set(incoming.map(e => e.from.node))];
    const downstream = [
      ...new Set(
        graph.edges.filter(e => e.from.node === node.id).map(e => e.to.node),
      ),
    ];
    const inputs = Object.fromEntries(
      incoming.map(e => [
        e.to.input,
        { node: e.from.node, output: e.from.output },
      ]),
    );
    const dataset = options.datasets?.get(node.id);
    const runtime = taskRuntimeOf(nodeType, node, [
      ...Object.keys(inputs),
      ...(dataset?.version ? [DATASET_INPUT] : []),
    ]);
    const outputs = Object.fromEntries(
      nodeType.outputs.map(output => {
        const key = objectKeys.taskOutput(
          options.workspace,
          options.runId,
          node.id,
          output.name,
        );
        return [output.name, { key, uri: options.store.uriFor(key) }];
      }),
    );
    const kept = options.keep?.get(node.id);
    const blockedBy = upstream.filter(id => !options.keep?.has(id)).length;
    return {
      id: randomUUID(),
      run_id: options.runId,
      node_id: node.id,
      node_type: node.type,
      label: node.label ?? null,
      dataset_id: dataset?.datasetId ?? null,
      dataset_version: dataset?.version ?? null,
      upstream: JSON.stringify(upstream),
      downstream: JSON.stringify(downstream),
      inputs: JSON.stringify(inputs),
      outputs: kept ? kept.outputs : JSON.stringify(outputs),
      blocked_by: blockedBy,
      state: kept ? 'SUCCEEDED' : 'PENDING',
      state_history: JSON.stringify([
        kept
          ? historyEntry(
              'SUCCEEDED',
              now,
              `Kept from run ${options.keptFrom}`,
              'system',
            )
          : historyEntry('PENDING', now),
      ]),
      attempt: 0,
      max_attempts: node.retry?.maxAttempts ?? 1,
      backoff_seconds: node.retry?.backoffSeconds ?? 10,
      backoff_multiplier: node.retry?.backoffMultiplier ?? 2,
      timeout_seconds: node.timeoutSeconds ?? null,
      executor: queue.executor,
      resource_profile: profile,
      queue: queueName,
      image: runtime.image,
      command: JSON.stringify(runtime.command),
      env: JSON.stringify({
        ...runtime.env,
        AI_OPS_PARAMS: JSON.stringify(options.params),
      }),
      log_uri: kept ? kept.log_uri : null,
      started_at: kept ? kept.started_at : null,
      finished_at: kept ? kept.finished_at : null,
      exit_code: kept ? kept.exit_code : null,
    };
  });
}
