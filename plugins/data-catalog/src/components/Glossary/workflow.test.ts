import { actionsFor, commentRequired, isEditable } from './workflow';

const everything = { edit: true, approve: true };

describe('glossary workflow', () => {
  it('offers the actions each status allows', () => {
    expect(actionsFor('draft', everything)).toEqual(['submit']);
    expect(actionsFor('in-review', everything)).toEqual(['approve', 'reject']);
    expect(actionsFor('approved', everything)).toEqual(['deprecate', 'reopen']);
    expect(actionsFor('rejected', everything)).toEqual(['submit', 'reopen']);
    expect(actionsFor('deprecated', everything)).toEqual(['reopen']);
  });

  it('leaves out what the user may not do', () => {
    const editor = { edit: true, approve: false };
    const approver = { edit: false, approve: true };
    expect(actionsFor('in-review', editor)).toEqual([]);
    expect(actionsFor('approved', editor)).toEqual(['reopen']);
    expect(actionsFor('approved', approver)).toEqual(['deprecate']);
    expect(actionsFor('draft', approver)).toEqual([]);
  });

  it('follows the server when it lists the allowed actions', () => {
    expect(actionsFor('approved', everything, ['reopen'])).toEqual(['reopen']);
  });

  it('requires a reason to reject and edits only drafts and rejected terms', () => {
    expect(commentRequired('reject')).toBe(true);
    expect(commentRequired('approve')).toBe(false);
    expect(isEditable('draft')).toBe(true);
    expect(isEditable('rejected')).toBe(true);
    expect(isEditable('approved')).toBe(false);
    expect(isEditable('in-review')).toBe(false);
  });
});
