import { KubeObject } from '../kube/KubeObject';
import {
  allocatableOf,
  isSchedulable,
  nodesOccupiedBy,
  requestsOf,
} from './resources';

export type Placement = { node: KubeObject } | { reason: string };

const matchesSelector = (
  node: KubeObject,
  selector: Record<string, string> = {},
) =>
  Object.entries(selector).every(
    ([key, value]) => node.metadata.labels?.[key] === value,
  );

/**
 * Where kube-scheduler would put a virt-launcher pod: a schedulable Node
 * matching the VMI's nodeSelector (and any extra selector) with room for
 * its requests; the least loaded by CPU. Otherwise the scheduler's reason.
 */
export function placeInstance(
  vmi: KubeObject,
  nodes: KubeObject[],
  vmis: KubeObject[],
  options: { exclude?: string; nodeSelector?: Record<string, string> } = {},
): Placement {
  const need = requestsOf(vmi.spec);
  const problems = new Map<string, number>();
  const problem = (text: string) =>
    problems.set(text, (problems.get(text) ?? 0) + 1);
  const candidates: { node: KubeObject; load: number }[] = [];

  for (const node of nodes) {
    const name = node.metadata.name;
    if (name === options.exclude) {
      problem('node(s) were the source of the migration');
      continue;
    }
    if (!isSchedulable(node)) {
      problem('node(s) were unschedulable');
      continue;
    }
    if (
      !matchesSelector(node, {
        ...vmi.spec?.nodeSelector,
        ...options.nodeSelector,
      })
    ) {
      problem("node(s) didn't match Pod's node affinity/selector");
      continue;
    }
    const used = vmis
      .filter(
        other =>
          other.metadata.uid !== vmi.metadata.uid &&
          nodesOccupiedBy(other).includes(name),
      )
      .map(other => requestsOf(other.spec))
      .reduce(
        (sum, r) => ({ cpu: sum.cpu + r.cpu, memory: sum.memory + r.memory }),
        { cpu: 0, memory: 0 },
      );
    const allocatable = allocatableOf(node);
    if (used.cpu + need.cpu > allocatable.cpu) {
      problem('Insufficient cpu');
    } else if (used.memory + need.memory > allocatable.memory) {
      problem('Insufficient memory');
    } else {
      candidates.push({ node, load: (used.cpu + need.cpu) / allocatable.cpu });
    }
  }
  if (candidates.length) {
    return { node: candidates.sort((a, b) => a.load - b.load)[0].node };
  }
  const details = [...problems]
    .map(([text, count]) => `${count} ${text}`)
    .join(', ');
  return {
    reason: `0/${nodes.length} nodes are available${
      details ? `: ${details}` : ''
    }.`,
  };
}
