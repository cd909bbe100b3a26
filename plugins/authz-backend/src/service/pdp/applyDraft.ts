import {
  normalizePolicyDocument,
  PdpData,
  PolicyDocument,
} from '@internal/plugin-authz-common';

export type DraftPolicy = {
  policyId?: string;
  roleIds: string[];
  document: PolicyDocument;
};

/** The id a new (unsaved) draft policy takes in the what-if data. */
const draftId = '__draft__';

/**
 * The PAP data as it would be if the draft were saved: it replaces the policy
 * it names (or is added as a new one) and is attached to the given roles.
 */
export function applyDraft(data: PdpData, draft: DraftPolicy): PdpData {
  const id = draft.policyId ?? draftId;
  const existing = data.policies[id];
  const roles = { ...data.roles };
  for (const roleId of draft.roleIds) {
    const role = roles[roleId];
    if (role && !role.policies.includes(id)) {
      roles[roleId] = { ...role, policies: [...role.policies, id] };
    }
  }
  return {
    ...data,
    roles,
    policies: {
      ...data.policies,
      [id]: {
        name: existing?.name ?? 'Draft policy',
        statements: normalizePolicyDocument(draft.document),
      },
    },
  };
}
