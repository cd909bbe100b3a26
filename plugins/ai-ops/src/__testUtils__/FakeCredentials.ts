import { NotFoundError } from '@backstage/errors';
import type {
  ApiKey,
  CreateApiKeyRequest,
  CreatedApiKey,
  PutSecretRequest,
  SecretAccess,
  WorkspaceSecret,
} from '@internal/plugin-ai-ops-common';

const ME = 'user:default/tester';

/**
 * API keys and workspace secrets in memory, for FakeAiOpsApi: a created
 * key is answered in full once and listed masked; every reveal is logged.
 */
export class FakeCredentials {
  apiKeys: ApiKey[] = [];
  secrets: (WorkspaceSecret & { value: string })[] = [];
  accesses: SecretAccess[] = [];
  #count = 0;

  listApiKeys = async (ws: string) => ({
    items: this.apiKeys.filter(k => k.workspace === ws),
  });

  createApiKey = async (
    ws: string,
    request: CreateApiKeyRequest,
  ): Promise<CreatedApiKey> => {
    const id = `${++this.#count}`.padStart(16, '0');
    const secret = `secret-${id}-wxyz`;
    const key: ApiKey = {
      id,
      workspace: ws,
      name: request.name,
      scopes: request.scopes,
      masked: `aiops_${id}…wxyz`,
      createdBy: ME,
      createdAt: new Date().toISOString(),
    };
    this.apiKeys.unshift(key);
    return { ...key, key: `aiops_${id}_${secret}` };
  };

  revokeApiKey = async (ws: string, keyId: string) => {
    const key = this.apiKeys.find(k => k.workspace === ws && k.id === keyId);
    if (!key) throw new NotFoundError(`No API key ${keyId}`);
    Object.assign(key, { revokedAt: new Date().toISOString(), revokedBy: ME });
    return key;
  };

  listSecrets = async (_ws: string) => ({
    items: this.secrets.map(({ value: _value, ...secret }) => secret),
  });

  putSecret = async (_ws: string, name: string, request: PutSecretRequest) => {
    const now = new Date().toISOString();
    const existing = this.secrets.find(s => s.name === name);
    const secret = {
      name,
      description: request.description ?? existing?.description,
      value: request.value,
      createdBy: existing?.createdBy ?? ME,
      createdAt: existing?.createdAt ?? now,
      updatedBy: ME,
      updatedAt: now,
    };
    this.secrets = [...this.secrets.filter(s => s.name !== name), secret];
    const { value: _value, ...listed } = secret;
    return listed;
  };

  deleteSecret = async (_ws: string, name: string) => {
    this.secrets = this.secrets.filter(s => s.name !== name);
  };

  revealSecret = async (_ws: string, name: string, reason?: string) => {
    const secret = this.secrets.find(s => s.name === name);
    if (!secret) throw new NotFoundError(`No secret named '${name}'`);
    this.accesses.unshift({
      id: `${++this.#count}`,
      secret: name,
      actor: ME,
      purpose: reason ? `reveal: ${reason}` : 'reveal',
      at: new Date().toISOString(),
    });
    return { name, value: secret.value };
  };

  getSecretAccessLog = async (_ws: string, name: string) => ({
    items: this.accesses.filter(a => a.secret === name),
  });
}
