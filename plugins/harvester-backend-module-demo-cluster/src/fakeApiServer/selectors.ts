import { KubeApiError } from '../kube/KubeApiError';
import { KubeObject } from '../kube/KubeObject';

export type ObjectFilter = (object: KubeObject) => boolean;

/** Splits at commas outside parentheses (`a in (x,y),b`). */
function splitRequirements(selector: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of selector) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts.map(p => p.trim()).filter(Boolean);
}

const invalid = (kind: string, selector: string) =>
  new KubeApiError(
    400,
    `unable to parse requirement: invalid ${kind} selector "${selector}"`,
  );

function labelRequirement(text: string): ObjectFilter {
  const labels = (o: KubeObject) => o.metadata.labels ?? {};
  let match = /^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(text);
  if (match) {
    const [, key, op, list] = match;
    const values = new Set(list.split(',').map(v => v.trim()));
    return op === 'in'
      ? o => key in labels(o) && values.has(labels(o)[key])
      : o => !(key in labels(o)) || !values.has(labels(o)[key]);
  }
  match = /^([\w./-]+)\s*(==|=|!=)\s*([\w.-]*)$/.exec(text);
  if (match) {
    const [, key, op, value] = match;
    return op === '!='
      ? o => labels(o)[key] !== value
      : o => key in labels(o) && labels(o)[key] === value;
  }
  match = /^(!?)([\w./-]+)$/.exec(text);
  if (match) {
    const [, not, key] = match;
    return not ? o => !(key in labels(o)) : o => key in labels(o);
  }
  throw invalid('label', text);
}

/** A Kubernetes label selector (equality- and set-based) as a predicate. */
export function parseLabelSelector(selector: string | undefined): ObjectFilter {
  const requirements = splitRequirements(selector ?? '').map(labelRequirement);
  return object => requirements.every(matches => matches(object));
}

function fieldValue(object: KubeObject, path: string): string {
  let value: unknown = object;
  for (const segment of path.split('.')) {
    value =
      value && typeof value === 'object'
        ? (value as Record<string, unknown>)[segment]
        : undefined;
  }
  return value === undefined || value === null ? '' : String(value);
}

/**
 * A field selector (`metadata.name=x,spec.vmiName!=y`); any dotted path is
 * accepted where a real API server supports a few per kind.
 */
export function parseFieldSelector(selector: string | undefined): ObjectFilter {
  const requirements = splitRequirements(selector ?? '').map(text => {
    const match = /^([\w.]+)\s*(==|=|!=)\s*(.*)$/.exec(text);
    if (!match) throw invalid('field', text);
    const [, path, op, value] = match;
    return op === '!='
      ? (o: KubeObject) => fieldValue(o, path) !== value
      : (o: KubeObject) => fieldValue(o, path) === value;
  });
  return object => requirements.every(matches => matches(object));
}
