import { ResourceProfile } from '@internal/plugin-ai-ops-common';
import { TaskLaunch } from '@internal/plugin-ai-ops-node';
import { Knex } from 'knex';
import { parseJsonColumn } from '../database/dbValues';
import { DATASET_INPUT } from './datasetNodes';

type Row = Record<string, any>;
type Port = { key: string; uri: string };

/**
 * What an executor gets for a task's attempt: its runtime from the task
 * row, and each connected input as the URI of the upstream output.
 */
export async function taskLaunchOf(
  knex: Knex,
  task: Row,
  workspace: string,
  profile: ResourceProfile,
): Promise<TaskLaunch> {
  const inputs = parseJsonColumn<
    Record<string, { node: string; output: string }>
  >(task.inputs, {});
  const upstreamNodes = [...new Set(Object.values(inputs).map(i => i.node))];
  const upstream: Row[] = upstreamNodes.length
    ? await knex('tasks')
        .where({ run_id: task.run_id })
        .whereIn('node_id', upstreamNodes)
        .select('node_id', 'outputs')
    : [];
  const outputsOf = new Map(
    upstream.map(t => [
      t.node_id,
      parseJsonColumn<Record<string, Port>>(t.outputs, {}),
    ]),
  );
  const inputUris: Record<string, string> = {};
  for (const [input, from] of Object.entries(inputs)) {
    const uri = outputsOf.get(from.node)?.[from.output]?.uri;
    if (uri) inputUris[input] = uri;
  }
  if (task.dataset_version) {
    const version = await knex('dataset_versions')
      .where({ dataset_id: task.dataset_id, version: task.dataset_version })
      .first('storage_uri');
    // A version deleted since the run started: the task says so.
    if (version) inputUris[DATASET_INPUT] = version.storage_uri;
  }
  return {
    attemptId: `${task.run_id}/${task.node_id}/${task.attempt}`,
    runId: task.run_id,
    taskId: task.id,
    nodeId: task.node_id,
    attempt: Number(task.attempt),
    workspace,
    image: task.image,
    command: parseJsonColumn<string[]>(task.command, []),
    env: parseJsonColumn<Record<string, string>>(task.env, {}),
    resources: profile,
    ...(task.timeout_seconds && {
      timeoutSeconds: Number(task.timeout_seconds),
    }),
    inputs: inputUris,
    outputs: parseJsonColumn<Record<string, Port>>(task.outputs, {}),
  };
}
