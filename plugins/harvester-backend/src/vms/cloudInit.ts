import { InputError } from '@backstage/errors';

const CLOUD_CONFIG = '#cloud-config';
const keysLine = /^ssh_authorized_keys:[ \t]*$/m;

// JSON strings are YAML double-quoted scalars: a key's comment may hold
// characters (`#`, `: `) that would end a plain scalar.
const items = (keys: string[], indent: string) =>
  keys.map(key => `${indent}- ${JSON.stringify(key)}`).join('\n');

/**
 * Adds public keys to `ssh_authorized_keys` of cloud-config user data, as
 * Harvester's UI does with the key pairs picked for a VM: appended to an
 * existing block list, else a new top-level key.
 */
export function withSshAuthorizedKeys(
  userData: string | undefined,
  keys: string[],
): string | undefined {
  if (keys.length === 0) {
    return userData;
  }
  if (!userData?.trim()) {
    return `${CLOUD_CONFIG}\nssh_authorized_keys:\n${items(keys, '  ')}\n`;
  }
  if (!userData.trimStart().startsWith(CLOUD_CONFIG)) {
    throw new InputError(
      `Invalid request: userData: ssh keys can only be added to ${CLOUD_CONFIG} user data`,
    );
  }
  const existing = keysLine.exec(userData);
  if (existing) {
    const end = existing.index + existing[0].length;
    const indent = /^\n([ \t]*)-/.exec(userData.slice(end))?.[1] ?? '  ';
    return `${userData.slice(0, end)}\n${items(keys, indent)}${userData.slice(
      end,
    )}`;
  }
  if (/^ssh_authorized_keys:/m.test(userData)) {
    throw new InputError(
      'Invalid request: userData: write ssh_authorized_keys as a block list to add sshKeys to it',
    );
  }
  const separator = userData.endsWith('\n') ? '' : '\n';
  return `${userData}${separator}ssh_authorized_keys:\n${items(keys, '  ')}\n`;
}
