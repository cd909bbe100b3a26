import type {
  PipelineGraph,
  RunState,
  TaskSummary,
} from '@internal/plugin-ai-ops-common';

/**
 * The task graph of a run, drawn from its tasks (each names its node and
 * the nodes it waits for), with each node's state.
 */
export function runGraph(tasks: TaskSummary[]): {
  graph: PipelineGraph;
  states: Record<string, RunState>;
} {
  return {
    graph: {
      nodes: tasks.map(task => ({
        id: task.nodeId,
        type: task.nodeType,
        typeVersion: 1,
        label: task.label,
        config: {},
      })),
      edges: tasks.flatMap(task =>
        task.upstream.map(upstream => ({
          from: { node: upstream, output: 'out' },
          to: { node: task.nodeId, input: 'in' },
        })),
      ),
    },
    states: Object.fromEntries(tasks.map(task => [task.nodeId, task.state])),
  };
}
