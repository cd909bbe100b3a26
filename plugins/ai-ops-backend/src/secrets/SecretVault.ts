import { Request } from 'express';
import { auditChange } from '../service/auditChange';
import { AiOpsContext } from '../service/AiOpsContext';
import { WorkspaceRow } from '../tenancy/workspaceRows';
import { secretContext, SecretStore } from './SecretStore';

/** Who reads a secret's value and what for: the access log's entry. */
export type SecretUse = {
  /** A user ref, or `plugin:ai-ops` for the backend's own work. */
  actor: string;
  /** e.g. `reveal`, `connection test 'warehouse'`. */
  purpose: string;
  /** The request it is read for, if any (the auditor records it). */
  req?: Request;
};

/**
 * Reads secret values, each read an auditor event
 * (`ai-ops.secret.read`: who, which secret, what for, workspace) and a row
 * of the secret's access log.
 */
export class SecretVault {
  private readonly store: SecretStore;

  constructor(
    private readonly context: Pick<
      AiOpsContext,
      'knex' | 'auditor' | 'secretCipher'
    >,
  ) {
    this.store = new SecretStore(context.knex);
  }

  /** The workspace secret's value, or undefined when there is none. */
  async read(
    workspace: WorkspaceRow,
    name: string,
    use: SecretUse,
  ): Promise<string | undefined> {
    const encrypted = await this.store.encrypted(workspace, name);
    if (!encrypted) return undefined;
    return this.recorded(workspace, name, use, 'workspace', async () => {
      try {
        return this.context.secretCipher.decrypt(
          encrypted,
          secretContext(workspace, name),
        );
      } catch (error) {
        throw new Error(
          `Secret '${name}' of workspace '${workspace.name}' ${
            (error as Error).message
          }`,
        );
      }
    });
  }

  /** Records a read of a value that comes from elsewhere (the config). */
  async recorded(
    workspace: WorkspaceRow,
    name: string,
    use: SecretUse,
    source: 'workspace' | 'config',
    readValue: () => Promise<string>,
  ): Promise<string> {
    return auditChange(
      this.context,
      use.req,
      'ai-ops.secret.read',
      {
        workspace: workspace.name,
        secret: name,
        source,
        actor: use.actor,
        purpose: use.purpose,
      },
      async () => {
        const value = await readValue();
        await this.store.recordAccess(workspace, {
          secret: name,
          actor: use.actor,
          purpose: use.purpose,
        });
        return { result: value };
      },
    );
  }
}
