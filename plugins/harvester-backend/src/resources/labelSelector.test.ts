import { InputError } from '@backstage/errors';
import { parseLabelSelector } from './labelSelector';

const labels = { app: 'web', tier: 'front', 'example.com/team': 'a' };

describe('parseLabelSelector', () => {
  it.each([
    ['app=web', true],
    ['app==web', true],
    ['app=db', false],
    ['app!=db', true],
    ['app!=web', false],
    ['missing!=x', true],
    ['app', true],
    ['missing', false],
    ['!missing', true],
    ['!app', false],
    ['app in (db,web)', true],
    ['app in (db, cache)', false],
    ['missing in (x)', false],
    ['tier notin (back,db)', true],
    ['tier notin (front)', false],
    ['missing notin (x)', true],
    ['example.com/team=a', true],
    ['app=web, tier in (front,back), !missing', true],
    ['app=web,tier=back', false],
    ['', true],
  ])('%s → %s', (selector, expected) => {
    expect(parseLabelSelector(selector)(labels)).toBe(expected);
  });

  it.each(['app=(web)', 'app in web', '=web', 'a b'])(
    'rejects %s naming the label parameter',
    selector => {
      expect(() => parseLabelSelector(selector)).toThrow(InputError);
      expect(() => parseLabelSelector(selector)).toThrow(
        /^label: invalid label selector/,
      );
    },
  );
});
