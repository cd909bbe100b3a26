import { InputError } from '@backstage/errors';

export type NamespacedName = { namespace: string; name: string };

/**
 * `<namespace>/<name>`, or a bare `<name>` in the default namespace, as
 * requests name images, templates, networks and key pairs. `field` names
 * the request field in the 400.
 */
export function parseNamespacedName(
  value: string,
  defaultNamespace: string,
  field: string,
): NamespacedName {
  const parts = value.split('/');
  if (parts.length === 1 && parts[0]) {
    return { namespace: defaultNamespace, name: parts[0] };
  }
  if (parts.length === 2 && parts[0] && parts[1]) {
    return { namespace: parts[0], name: parts[1] };
  }
  throw new InputError(
    `Invalid request: ${field}: expected <namespace>/<name>, got "${value}"`,
  );
}

export const formatNamespacedName = (ref: NamespacedName) =>
  `${ref.namespace}/${ref.name}`;
