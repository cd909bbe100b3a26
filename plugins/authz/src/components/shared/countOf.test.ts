import { countOf } from './countOf';

describe('countOf', () => {
  it('puts the noun in the right number', () => {
    expect(countOf(1, 'role')).toBe('1 role');
    expect(countOf(0, 'role')).toBe('0 roles');
    expect(countOf(7, 'member')).toBe('7 members');
  });
});
