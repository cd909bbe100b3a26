import { ConflictError } from '@backstage/errors';
import {
  GlossaryStatus,
  GlossaryTransitionRequest,
} from '@internal/plugin-data-catalog-common';

export type GlossaryAction = GlossaryTransitionRequest['action'];

/** One step of a term's review workflow. */
export type GlossaryTransition = {
  from: GlossaryStatus[];
  to: GlossaryStatus;
  /** Which glossary permission the caller needs. */
  permission: 'edit' | 'approve';
  /** Only one of the term's reviewers may take it. */
  reviewersOnly: boolean;
  commentRequired: boolean;
};

/**
 * The review workflow: drafts are submitted, a reviewer approves or
 * rejects (saying why), approved terms can be deprecated, and any settled
 * term can be reopened as a draft to change it.
 */
export const glossaryTransitions: Record<GlossaryAction, GlossaryTransition> = {
  submit: {
    from: ['draft', 'rejected'],
    to: 'in-review',
    permission: 'edit',
    reviewersOnly: false,
    commentRequired: false,
  },
  approve: {
    from: ['in-review'],
    to: 'approved',
    permission: 'approve',
    reviewersOnly: true,
    commentRequired: false,
  },
  reject: {
    from: ['in-review'],
    to: 'rejected',
    permission: 'approve',
    reviewersOnly: true,
    commentRequired: true,
  },
  deprecate: {
    from: ['approved'],
    to: 'deprecated',
    permission: 'approve',
    reviewersOnly: false,
    commentRequired: false,
  },
  reopen: {
    from: ['approved', 'deprecated', 'rejected'],
    to: 'draft',
    permission: 'edit',
    reviewersOnly: false,
    commentRequired: false,
  },
};

/** Statuses in which a term's content may be edited in place. */
export const editableStatuses: GlossaryStatus[] = ['draft', 'rejected'];

export function allowedActions(status: GlossaryStatus): GlossaryAction[] {
  return (Object.keys(glossaryTransitions) as GlossaryAction[]).filter(action =>
    glossaryTransitions[action].from.includes(status),
  );
}

/** The transition, or a 409 naming the status and what it allows. */
export function planTransition(
  status: GlossaryStatus,
  action: GlossaryAction,
): GlossaryTransition {
  const transition = glossaryTransitions[action];
  if (!transition.from.includes(status)) {
    const allowed = allowedActions(status);
    throw new ConflictError(
      `Cannot ${action} a term that is ${status}; allowed: ${
        allowed.length ? allowed.join(', ') : 'none'
      }`,
    );
  }
  return transition;
}

/** A 409 for editing a term that is not a draft (or rejected). */
export function assertEditable(status: GlossaryStatus): void {
  if (editableStatuses.includes(status)) return;
  const hint =
    status === 'in-review'
      ? 'wait for the review or have a reviewer reject it'
      : 'reopen it first (action "reopen"), then submit the change for review';
  throw new ConflictError(
    `The term is ${status}; changes must go back through review: ${hint}`,
  );
}
