import type {
  GlossaryStatus,
  GlossaryTransitionRequest,
} from '@internal/plugin-data-catalog-common';

export type GlossaryAction = GlossaryTransitionRequest['action'];

/**
 * The review workflow as the server enforces it: which actions a term's
 * status allows, and which permission each needs (edit: propose, submit,
 * reopen; approve: the reviewers' decisions).
 */
const allowed: Record<GlossaryStatus, GlossaryAction[]> = {
  draft: ['submit'],
  'in-review': ['approve', 'reject'],
  approved: ['deprecate', 'reopen'],
  rejected: ['submit', 'reopen'],
  deprecated: ['reopen'],
};

export const actionLabels: Record<GlossaryAction, string> = {
  submit: 'Submit for review',
  approve: 'Approve',
  reject: 'Reject',
  deprecate: 'Deprecate',
  reopen: 'Reopen as draft',
};

const needsApprover: GlossaryAction[] = ['approve', 'reject', 'deprecate'];

export function actionsFor(
  status: GlossaryStatus,
  can: { edit: boolean; approve: boolean },
  /** The server's list for this term, which wins when it sends one. */
  serverAllowed?: GlossaryAction[],
): GlossaryAction[] {
  return (serverAllowed ?? allowed[status]).filter(action =>
    needsApprover.includes(action) ? can.approve : can.edit,
  );
}

/** A rejection must say why; other comments are optional. */
export function commentRequired(action: GlossaryAction): boolean {
  return action === 'reject';
}

/** Only drafts and rejected terms are edited; approved ones are reopened first. */
export function isEditable(status: GlossaryStatus): boolean {
  return status === 'draft' || status === 'rejected';
}
