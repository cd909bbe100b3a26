import { queryString } from './queryString';

describe('queryString', () => {
  it('joins lists with commas and drops empty values', () => {
    expect(
      queryString({
        cluster: ['prod', 'lab'],
        namespace: [],
        q: 'web 1',
        label: '',
        offset: 0,
        none: undefined,
      }),
    ).toBe('?cluster=prod%2Clab&q=web+1&offset=0');
    expect(queryString({})).toBe('');
  });

  it('repeats list parameters and drops empty values', () => {
    expect(
      queryString(
        {
          q: 'a b',
          tag: ['x', 'y'],
          kind: [],
          owner: '',
          limit: 5,
          none: undefined,
        },
        'repeat',
      ),
    ).toBe('?q=a+b&tag=x&tag=y&limit=5');
    expect(queryString({}, 'repeat')).toBe('');
  });
});
