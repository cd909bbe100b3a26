import { InputError } from '@backstage/errors';
import { AiOpsContext } from '../../service/AiOpsContext';
import { SecretStore } from '../../secrets/SecretStore';
import { SecretUse, SecretVault } from '../../secrets/SecretVault';
import { WorkspaceRow } from '../../tenancy/workspaceRows';

export type { SecretUse } from '../../secrets/SecretVault';

type SecretContext = Pick<
  AiOpsContext,
  'config' | 'knex' | 'auditor' | 'secretCipher'
>;

/** Reads the value of the secret a connection names, for one use. */
export type SecretReader = (name: string) => Promise<string>;

const configKey = (name: string) => `aiOps.secrets.${name}`;

const missing = (workspace: WorkspaceRow, name: string) =>
  new InputError(
    `secretRef: no secret named '${name}' in workspace '${workspace.name}' or under aiOps.secrets`,
  );

/**
 * The value of the secret a connection names: the workspace secret of that
 * name, else `aiOps.secrets.<name>` in the backend's config (in production
 * from the environment). Every read is recorded (auditor event and the
 * secret's access log) with who and what for; the value is never stored,
 * logged or answered.
 */
export async function readSecret(
  context: SecretContext,
  workspace: WorkspaceRow,
  name: string,
  use: SecretUse,
): Promise<string> {
  const vault = new SecretVault(context);
  const stored = await vault.read(workspace, name, use);
  if (stored !== undefined) return stored;
  const configured = context.config.getOptionalString(configKey(name));
  if (configured === undefined) throw missing(workspace, name);
  return vault.recorded(workspace, name, use, 'config', async () => configured);
}

/** A reader of the workspace's secrets for one use. */
export function secretReader(
  context: SecretContext,
  workspace: WorkspaceRow,
  use: SecretUse,
): SecretReader {
  return name => readSecret(context, workspace, name, use);
}

/** A 400 unless the named secret exists; reads no value. */
export async function assertSecretExists(
  context: Pick<SecretContext, 'config' | 'knex'>,
  workspace: WorkspaceRow,
  name: string,
): Promise<void> {
  if (context.config.has(configKey(name))) return;
  if (await new SecretStore(context.knex).get(workspace, name)) return;
  throw missing(workspace, name);
}
