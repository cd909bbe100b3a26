import { KubeApiError } from '../kube/KubeApiError';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** RFC 7386 JSON merge patch: objects merge, `null` removes, the rest replaces. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const result: Record<string, unknown> = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}

type Operation = { op: string; path: string; from?: string; value?: unknown };

const unescape = (token: string) =>
  token.replace(/~1/g, '/').replace(/~0/g, '~');

const invalidPatch = (message: string) =>
  new KubeApiError(
    422,
    `the server rejected our request due to an error in our request: ${message}`,
  );

function pointer(path: string): string[] {
  if (path === '') return [];
  if (!path.startsWith('/')) throw invalidPatch(`invalid pointer "${path}"`);
  return path.slice(1).split('/').map(unescape);
}

/** The container of the pointer's last token, and that token. */
function locate(document: unknown, tokens: string[]): [any, string] {
  let node: any = document;
  for (const token of tokens.slice(0, -1)) {
    node = node?.[token];
    if (typeof node !== 'object' || node === null) {
      throw invalidPatch(`path "/${tokens.join('/')}" does not exist`);
    }
  }
  return [node, tokens[tokens.length - 1]];
}

function read(document: unknown, path: string): unknown {
  const tokens = pointer(path);
  if (!tokens.length) return document;
  const [parent, key] = locate(document, tokens);
  if (!(key in parent)) throw invalidPatch(`path "${path}" does not exist`);
  return parent[key];
}

function remove(document: unknown, path: string): unknown {
  const [parent, key] = locate(document, pointer(path));
  if (!(key in parent)) throw invalidPatch(`path "${path}" does not exist`);
  const value = parent[key];
  if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else delete parent[key];
  return value;
}

function add(
  document: unknown,
  path: string,
  value: unknown,
  replace: boolean,
) {
  const tokens = pointer(path);
  if (!tokens.length) return value;
  const [parent, key] = locate(document, tokens);
  if (replace && !(key in parent)) {
    throw invalidPatch(`path "${path}" does not exist`);
  }
  if (Array.isArray(parent)) {
    const index = key === '-' ? parent.length : Number(key);
    if (!Number.isInteger(index) || index < 0 || index > parent.length) {
      throw invalidPatch(`index "${key}" out of range`);
    }
    parent.splice(index, replace ? 1 : 0, value);
  } else {
    parent[key] = value;
  }
  return document;
}

/** RFC 6902 JSON patch, applied to a copy of `target`. */
export function jsonPatch(target: unknown, operations: unknown): unknown {
  if (!Array.isArray(operations))
    throw invalidPatch('a JSON patch is an array');
  let document = structuredClone(target);
  for (const { op, path, from, value } of operations as Operation[]) {
    switch (op) {
      case 'add':
        document = add(document, path, structuredClone(value), false);
        break;
      case 'replace':
        document = add(document, path, structuredClone(value), true);
        break;
      case 'remove':
        remove(document, path);
        break;
      case 'move':
        document = add(document, path, remove(document, from ?? ''), false);
        break;
      case 'copy':
        document = add(
          document,
          path,
          structuredClone(read(document, from ?? '')),
          false,
        );
        break;
      case 'test':
        if (JSON.stringify(read(document, path)) !== JSON.stringify(value)) {
          throw invalidPatch(`testing value at "${path}" failed`);
        }
        break;
      default:
        throw invalidPatch(`unknown operation "${op}"`);
    }
  }
  return document;
}

/** Applies a PATCH body by its content type (strategic merge treated as merge). */
export function applyPatch(
  target: unknown,
  patch: unknown,
  contentType: string,
): unknown {
  const type = contentType.split(';')[0].trim();
  switch (type) {
    case 'application/merge-patch+json':
    case 'application/strategic-merge-patch+json':
      return mergePatch(target, patch);
    case 'application/json-patch+json':
      return jsonPatch(target, patch);
    default:
      throw new KubeApiError(
        415,
        `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/strategic-merge-patch+json`,
      );
  }
}
