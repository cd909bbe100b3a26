import { InputError } from '@backstage/errors';
import { SourceConnection } from '@internal/plugin-data-catalog-common';
import { ResolvedConnection } from '@internal/plugin-data-catalog-node';
import { readFile } from 'node:fs/promises';

/**
 * Reads a secret from where its reference points: `env:NAME` from the
 * backend's environment, `file:/path` from a mounted file (trimmed). The
 * value is returned for one use and never stored or logged.
 */
export async function resolveSecret(ref: string): Promise<string> {
  if (ref.startsWith('env:')) {
    const name = ref.slice('env:'.length);
    const value = process.env[name];
    if (value === undefined) {
      throw new InputError(
        `The secret's environment variable ${name} is not set on the backend`,
      );
    }
    return value;
  }
  if (ref.startsWith('file:')) {
    const path = ref.slice('file:'.length);
    try {
      return (await readFile(path, 'utf8')).trim();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
      throw new InputError(`The secret file ${path} cannot be read (${code})`);
    }
  }
  throw new InputError(
    'A secret reference must be env:<VARIABLE> or file:/<path>',
  );
}

/** The connection with its password read, for one connector call. */
export async function resolveConnection(
  connection: SourceConnection,
): Promise<ResolvedConnection> {
  if (!connection.passwordRef) return { ...connection };
  return {
    ...connection,
    password: await resolveSecret(connection.passwordRef),
  };
}
