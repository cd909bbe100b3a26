import { InputError } from '@backstage/errors';

/** One requirement of a Kubernetes label selector. */
type Requirement = {
  key: string;
  operator: 'in' | 'notin' | 'exists' | '!exists';
  values: string[];
};

export type LabelSelector = (labels: Record<string, string>) => boolean;

const KEY = String.raw`[A-Za-z0-9][-A-Za-z0-9_./]*`;
const VALUE = String.raw`[-A-Za-z0-9_.]*`;
const patterns: [RegExp, (m: RegExpMatchArray) => Requirement][] = [
  [
    new RegExp(`^(${KEY})\\s+(in|notin)\\s+\\(([^)]*)\\)$`),
    m => ({
      key: m[1],
      operator: m[2] as 'in' | 'notin',
      values: m[3].split(',').map(v => v.trim()),
    }),
  ],
  [
    new RegExp(`^(${KEY})\\s*(==|=|!=)\\s*(${VALUE})$`),
    m => ({
      key: m[1],
      operator: m[2] === '!=' ? 'notin' : 'in',
      values: [m[3]],
    }),
  ],
  [
    new RegExp(`^!\\s*(${KEY})$`),
    m => ({ key: m[1], operator: '!exists', values: [] }),
  ],
  [
    new RegExp(`^(${KEY})$`),
    m => ({ key: m[1], operator: 'exists', values: [] }),
  ],
];

/** Splits on commas outside `( )`: `a in (x,y),b` is two requirements. */
function splitRequirements(selector: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of selector) {
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (char === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts.map(p => p.trim());
}

function parseRequirement(text: string, selector: string): Requirement {
  for (const [pattern, build] of patterns) {
    const match = text.match(pattern);
    if (match) return build(match);
  }
  throw new InputError(
    `label: invalid label selector '${selector}' at '${text}' (expected k=v, k!=v, k, !k, k in (a,b) or k notin (a,b))`,
  );
}

function matches(requirement: Requirement, labels: Record<string, string>) {
  const has = Object.prototype.hasOwnProperty.call(labels, requirement.key);
  const value = labels[requirement.key];
  switch (requirement.operator) {
    case 'exists':
      return has;
    case '!exists':
      return !has;
    case 'in':
      return has && requirement.values.includes(value);
    default:
      // `notin` and `!=` also match objects without the label, as in Kubernetes.
      return !has || !requirement.values.includes(value);
  }
}

/**
 * A Kubernetes label selector (`k=v`, `k==v`, `k!=v`, `k`, `!k`,
 * `k in (a,b)`, `k notin (a,b)`, comma = and) as a predicate; a 400 naming
 * the `label` parameter when it does not parse.
 */
export function parseLabelSelector(selector: string): LabelSelector {
  const requirements = splitRequirements(selector)
    .filter(Boolean)
    .map(text => parseRequirement(text, selector));
  return labels => requirements.every(r => matches(r, labels));
}
