import { InputError } from '@backstage/errors';
import {
  formatGraphIssues,
  PipelineGraph,
  validateGraph,
} from '@internal/plugin-ai-ops-common';

/** The graph, or a 400 naming each bad node and field. */
export function parseGraph(raw: unknown): PipelineGraph {
  const result = validateGraph(raw);
  if (!result.valid) {
    throw new InputError(`Invalid graph: ${formatGraphIssues(result.issues)}`);
  }
  return result.graph;
}
