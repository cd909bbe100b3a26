import type { GraphIssue } from '@internal/plugin-ai-ops-common';

/**
 * The config field errors of one node, from issues whose path is
 * `graph.nodes[<node>].config.<field>` (as validateGraph and the server's
 * 400s name them).
 */
export function configErrorsOf(
  issues: GraphIssue[],
  nodeId: string,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const match = issue.path.match(
      /^graph\.nodes\[([^\]]+)\]\.config\.([^.[]+)/,
    );
    if (match && match[1] === nodeId) errors[match[2]] ??= issue.message;
  }
  return errors;
}

/** Issues out of a server message: `path: message; path: message`. */
export function issuesFromMessage(message: string): GraphIssue[] {
  return message
    .replace(/^Invalid graph:\s*/, '')
    .split('; ')
    .map(part => {
      const colon = part.indexOf(': ');
      return colon < 0
        ? { path: 'graph', message: part }
        : { path: part.slice(0, colon), message: part.slice(colon + 2) };
    });
}
