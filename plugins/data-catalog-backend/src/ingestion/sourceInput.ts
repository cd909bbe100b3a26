import { InputError } from '@backstage/errors';
import { createSourceRequestSchema } from '@internal/plugin-data-catalog-common';
import { parseInput } from '@internal/plugin-authz-node';
import { z } from 'zod';
import { ConnectorRegistry } from '../connectors/ConnectorRegistry';
import { parseCron } from './cronSchedule';

/** Field names that would carry a secret in plain text. */
const SECRET_FIELD = /pass|pwd|secret|token|credential|api.?key|private.?key/i;

/**
 * Refuses a body whose connection carries what looks like a plaintext
 * secret (zod would silently drop unknown fields, and the caller would
 * believe the password was taken): only `passwordRef` may name one.
 */
export function rejectPlaintextSecrets(body: unknown): void {
  const connection = (body as { connection?: unknown } | undefined)?.connection;
  if (!connection || typeof connection !== 'object') return;
  for (const key of Object.keys(connection)) {
    if (key !== 'passwordRef' && SECRET_FIELD.test(key)) {
      throw new InputError(
        `Invalid request: connection.${key}: plaintext secrets are not accepted; set connection.passwordRef to env:<VARIABLE> or file:/<path>`,
      );
    }
  }
}

function checkSemantics(
  connectors: ConnectorRegistry,
  input: { platform?: string; schedule?: string },
) {
  if (input.platform && !connectors.platforms().includes(input.platform)) {
    throw new InputError(
      `Invalid request: platform: no connector for '${
        input.platform
      }' (known: ${connectors.platforms().join(', ')})`,
    );
  }
  if (input.schedule) {
    try {
      parseCron(input.schedule);
    } catch (error) {
      throw new InputError(
        `Invalid request: schedule: ${(error as Error).message}`,
      );
    }
  }
}

/**
 * A source request body (create, update or an unsaved connection test):
 * no plaintext secrets, the schema's fields, a known platform and a cron
 * that parses — each failure a 400 naming the field.
 */
export function parseSourceBody<
  S extends z.ZodType<{ platform?: string; schedule?: string }>,
>(connectors: ConnectorRegistry, schema: S, body: unknown): z.infer<S> {
  rejectPlaintextSecrets(body);
  const input = parseInput(schema, body);
  checkSemantics(connectors, input);
  return input;
}

/** An unsaved connection to test: the platform and the connection fields. */
export const testConnectionRequestSchema = createSourceRequestSchema.pick({
  platform: true,
  connection: true,
});
