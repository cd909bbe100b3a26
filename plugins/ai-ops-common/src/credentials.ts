import { z } from 'zod';
import { secretRefSchema } from './data';

/** What an API key may be used for; each maps to a workspace permission. */
export const API_KEY_SCOPES = [
  'runs:create',
  'runs:read',
  'datasets:read',
] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/** The header an external caller sends its key in. */
export const API_KEY_HEADER = 'x-ai-ops-key';

/** The longest an API key may live. */
export const API_KEY_MAX_EXPIRY_DAYS = 365;

/** `POST /workspaces/:ws/api-keys`. */
export const createApiKeyRequestSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    scopes: z.array(z.enum(API_KEY_SCOPES)).min(1),
    /** Days until it expires; without it the key does not expire. */
    expiresInDays: z
      .number()
      .int()
      .min(1)
      .max(API_KEY_MAX_EXPIRY_DAYS)
      .optional(),
  })
  .strict();
export type CreateApiKeyRequest = z.infer<typeof createApiKeyRequestSchema>;

/** An API key as it is listed: masked, never its secret part. */
export type ApiKey = {
  id: string;
  workspace: string;
  name: string;
  scopes: ApiKeyScope[];
  /** `aiops_<id>…<last 4>`, e.g. `aiops_ab12cd34ef56ab78…wxyz`. */
  masked: string;
  createdBy: string;
  createdAt: string;
  expiresAt?: string;
  lastUsedAt?: string;
  revokedAt?: string;
  revokedBy?: string;
};

/** The answer to a creation: the only time the full key is shown. */
export type CreatedApiKey = ApiKey & { key: string };

/** A workspace secret's name: what a connection's `secretRef` names. */
export const secretNameSchema = secretRefSchema;

/** `PUT /workspaces/:ws/secrets/:name`: creates or replaces the value. */
export const putSecretRequestSchema = z
  .object({
    value: z.string().min(1).max(16_384),
    description: z.string().max(500).optional(),
  })
  .strict();
export type PutSecretRequest = z.infer<typeof putSecretRequestSchema>;

/** `POST /workspaces/:ws/secrets/:name/reveal`: why the value is needed. */
export const revealSecretRequestSchema = z
  .object({ reason: z.string().trim().min(1).max(500).optional() })
  .strict();

/** A workspace secret as it is listed: never its value. */
export type WorkspaceSecret = {
  name: string;
  description?: string;
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
};

/** One read of a secret's value: who, what for, when. */
export type SecretAccess = {
  id: string;
  secret: string;
  actor: string;
  purpose: string;
  at: string;
};

export const secretAccessLogQuerySchema = z
  .object({ limit: z.coerce.number().int().min(1).max(500).default(100) })
  .strict();
