import type { KnownPermission } from '@internal/plugin-authz-common';
import type { DraftPolicy, DryRunRequest } from '../../api/types';

export type DryRunForm = {
  principalMode: 'user' | 'holdings';
  userRef: string;
  groupRefs: string[];
  roleIds: string[];
  permission: string;
  resourceRef: string;
  /** Set when the editor's draft should be tested too. */
  draft?: DraftPolicy;
};

const crudActions = ['create', 'read', 'update', 'delete'] as const;
type CrudAction = (typeof crudActions)[number];
const isCrud = (action?: string): action is CrudAction =>
  (crudActions as readonly string[]).includes(action ?? '');

/**
 * The dry-run request for the form. The permission's type, resource type and
 * action come from the installed permission of that name, when there is one.
 */
export function buildDryRunRequest(
  form: DryRunForm,
  known: KnownPermission[],
): DryRunRequest {
  const match = known.find(permission => permission.name === form.permission);
  return {
    principal:
      form.principalMode === 'user'
        ? { userRef: form.userRef.trim() }
        : { groupRefs: form.groupRefs, roleIds: form.roleIds },
    permission: {
      name: form.permission.trim(),
      type: match?.type ?? 'basic',
      ...(match?.resourceType ? { resourceType: match.resourceType } : {}),
      ...(isCrud(match?.action) ? { action: match.action } : {}),
    },
    ...(form.resourceRef.trim()
      ? { resourceRef: form.resourceRef.trim() }
      : {}),
    ...(form.draft ? { draft: form.draft } : {}),
  };
}
