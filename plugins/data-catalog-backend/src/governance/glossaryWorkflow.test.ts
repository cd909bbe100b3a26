import {
  GlossaryStatus,
  glossaryStatuses,
} from '@internal/plugin-data-catalog-common';
import {
  allowedActions,
  assertEditable,
  GlossaryAction,
  glossaryTransitions,
  planTransition,
} from './glossaryWorkflow';

/** The workflow as a table: status → action → resulting status. */
const expected: Record<
  GlossaryStatus,
  Partial<Record<GlossaryAction, GlossaryStatus>>
> = {
  draft: { submit: 'in-review' },
  'in-review': { approve: 'approved', reject: 'rejected' },
  approved: { deprecate: 'deprecated', reopen: 'draft' },
  rejected: { submit: 'in-review', reopen: 'draft' },
  deprecated: { reopen: 'draft' },
};
const actions = Object.keys(glossaryTransitions) as GlossaryAction[];
const pairs = glossaryStatuses.flatMap(status =>
  actions.map(action => [status, action, expected[status][action]] as const),
);
const legal = pairs.filter(([, , to]) => to !== undefined);
const illegal = pairs.filter(([, , to]) => to === undefined);

describe('glossary workflow', () => {
  it('covers every status and action pair', () => {
    expect(legal).toHaveLength(8);
    expect(illegal).toHaveLength(glossaryStatuses.length * actions.length - 8);
  });

  it.each(legal)('from %s, %s leads to %s', (status, action, to) => {
    expect(planTransition(status, action).to).toBe(to);
  });

  it.each(illegal)(
    'from %s, %s is a 409 naming what is allowed',
    (status, action) => {
      expect(() => planTransition(status, action)).toThrow(
        expect.objectContaining({
          name: 'ConflictError',
          message: `Cannot ${action} a term that is ${status}; allowed: ${Object.keys(
            expected[status],
          ).join(', ')}`,
        }),
      );
    },
  );

  it('lists the actions each status allows', () => {
    for (const status of glossaryStatuses) {
      expect(allowedActions(status).sort()).toEqual(
        Object.keys(expected[status]).sort(),
      );
    }
  });

  it('needs the approve permission and a reviewer to decide a review', () => {
    expect(glossaryTransitions.approve).toMatchObject({
      permission: 'approve',
      reviewersOnly: true,
    });
    expect(glossaryTransitions.reject).toMatchObject({
      permission: 'approve',
      reviewersOnly: true,
      commentRequired: true,
    });
    expect(glossaryTransitions.deprecate).toMatchObject({
      permission: 'approve',
      reviewersOnly: false,
    });
    expect(glossaryTransitions.submit.permission).toBe('edit');
    expect(glossaryTransitions.reopen.permission).toBe('edit');
  });

  it('lets only drafts and rejected terms be edited in place', () => {
    expect(() => assertEditable('draft')).not.toThrow();
    expect(() => assertEditable('rejected')).not.toThrow();
    expect(() => assertEditable('approved')).toThrow(/reopen it first/);
    expect(() => assertEditable('deprecated')).toThrow(/reopen it first/);
    expect(() => assertEditable('in-review')).toThrow(/wait for the review/);
  });
});
