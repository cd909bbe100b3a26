import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { DecisionPoint } from './DecisionPoint';
import { OpaServerDecisionPoint } from './OpaServerDecisionPoint';
import { WasmDecisionPoint } from './WasmDecisionPoint';

/** `authz.pdp` in app-config; see the package README for each key. */
export type PdpConfig = {
  engine: 'wasm' | 'server';
  server?: { baseUrl: string; timeoutMs: number };
  fallback: 'allow' | 'deny';
  refreshIntervalSeconds: number;
};

export function readPdpConfig(config: Config): PdpConfig {
  const pdp = config.getOptionalConfig('authz.pdp');
  const engine = pdp?.getOptionalString('engine') ?? 'wasm';
  const fallback = pdp?.getOptionalString('fallback') ?? 'deny';
  if (engine !== 'wasm' && engine !== 'server') {
    throw new InputError(
      `authz.pdp.engine must be "wasm" or "server", not "${engine}"`,
    );
  }
  if (fallback !== 'allow' && fallback !== 'deny') {
    throw new InputError(
      `authz.pdp.fallback must be "allow" or "deny", not "${fallback}"`,
    );
  }
  return {
    engine,
    fallback,
    server:
      engine === 'server'
        ? {
            baseUrl: pdp!.getString('server.baseUrl'),
            timeoutMs: pdp!.getOptionalNumber('server.timeoutMs') ?? 1000,
          }
        : undefined,
    refreshIntervalSeconds:
      pdp?.getOptionalNumber('refreshIntervalSeconds') ?? 5,
  };
}

export async function createDecisionPoint(
  config: PdpConfig,
): Promise<DecisionPoint> {
  return config.engine === 'server'
    ? new OpaServerDecisionPoint(config.server!)
    : WasmDecisionPoint.create();
}
