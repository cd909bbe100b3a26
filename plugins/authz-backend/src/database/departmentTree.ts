/** A department as far as the tree is concerned. */
export type DepartmentLink = {
  ref: string;
  parentRef?: string | null;
  position?: number;
};

/**
 * Department ref → itself, its parent, ... up to the root. A broken parent
 * link or a cycle ends the chain rather than looping.
 */
export function ancestorChains(
  departments: DepartmentLink[],
): Map<string, string[]> {
  const parentOf = new Map(departments.map(d => [d.ref, d.parentRef ?? null]));
  const chains = new Map<string, string[]>();
  for (const { ref } of departments) {
    const chain: string[] = [];
    for (
      let current: string | null | undefined = ref;
      current && parentOf.has(current) && !chain.includes(current);
      current = parentOf.get(current)
    ) {
      chain.push(current);
    }
    chains.set(ref, chain);
  }
  return chains;
}

/** `ref` and every department below it. */
export function subtreeOf(
  departments: DepartmentLink[],
  ref: string,
): string[] {
  const chains = ancestorChains(departments);
  return departments
    .filter(d => chains.get(d.ref)?.includes(ref))
    .map(d => d.ref);
}

/** Children of `parentRef` (null: the roots) in their sibling order. */
export function siblingsOf<T extends DepartmentLink>(
  departments: T[],
  parentRef: string | null,
): T[] {
  return departments
    .filter(d => (d.parentRef ?? null) === parentRef)
    .sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
}
