import type { AuthzDepartment } from '@internal/plugin-authz-common';

/** The children of `parentRef` (undefined: the roots), in tree order. */
export function childrenOf(
  items: AuthzDepartment[],
  parentRef: string | undefined,
): AuthzDepartment[] {
  return items
    .filter(item => (item.parentRef ?? undefined) === parentRef)
    .sort((a, b) => a.position - b.position);
}

/** `ref` and every department below it: where it cannot be moved to. */
export function subtreeRefs(
  items: AuthzDepartment[],
  ref: string,
): Set<string> {
  return new Set(
    items.filter(item => item.path.includes(ref)).map(item => item.ref),
  );
}

/** Index among its siblings, which is what the move endpoint's `position` means. */
export function siblingIndex(
  items: AuthzDepartment[],
  department: AuthzDepartment,
) {
  return childrenOf(items, department.parentRef).findIndex(
    sibling => sibling.ref === department.ref,
  );
}
