import {
  Connection,
  ConnectionTestResult,
} from '@internal/plugin-ai-ops-common';
import { probeConnection } from './connectionProbes';
import { SecretReader } from './secrets';

const messageOf = (error: unknown) => {
  const { message, code } = error as { message?: string; code?: string };
  return message || code || String(error);
};

/** Tests a connection: `ok` with what it found, or `failed` with why. */
export async function testConnection(
  readSecret: SecretReader,
  connection: Connection,
): Promise<ConnectionTestResult> {
  const started = Date.now();
  let status: ConnectionTestResult['status'] = 'ok';
  let message: string;
  try {
    message = await probeConnection(readSecret, connection);
  } catch (error) {
    status = 'failed';
    message = messageOf(error);
  }
  return {
    status,
    message: message.slice(0, 1000),
    testedAt: new Date().toISOString(),
    durationMs: Date.now() - started,
  };
}
