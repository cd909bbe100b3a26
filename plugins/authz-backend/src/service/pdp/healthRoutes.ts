import {
  AuthzHealth,
  authzPolicyReadPermission,
  ComponentHealth,
} from '@internal/plugin-authz-common';
import { readPdpConfig } from '@internal/plugin-authz-node';
import Router from 'express-promise-router';
import { performance } from 'node:perf_hooks';
import { AuthzRouterContext } from '../AuthzRouterContext';
import { CurrentDecisionPoint } from './CurrentDecisionPoint';

/** Times a check; a throw is `down` with the error as detail. */
async function probe(
  name: string,
  check: () => Promise<string>,
): Promise<ComponentHealth> {
  const startedAt = performance.now();
  try {
    const detail = await check();
    return {
      name,
      status: 'ok',
      detail,
      latencyMs: performance.now() - startedAt,
    };
  } catch (error) {
    return {
      name,
      status: 'down',
      detail: String(error),
      latencyMs: performance.now() - startedAt,
    };
  }
}

async function httpCheck(url: string): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(3000) });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return `${url} answered ${response.status}`;
}

/** `GET /health`: the dashboard's system status (PDP, OPA, database, IdP). */
export function createHealthRoutes(
  context: AuthzRouterContext,
  current: CurrentDecisionPoint,
) {
  const router = Router();
  const pdp = readPdpConfig(context.config);
  const oidcMetadataUrl = context.config.getOptionalString(
    `auth.providers.oidc.${
      context.config.getOptionalString('auth.environment') ?? 'development'
    }.metadataUrl`,
  );

  router.get('/health', async (req, res) => {
    await context.authorize(req, authzPolicyReadPermission);
    const checks = [
      probe('Database', async () => {
        await context.knex.raw('select 1');
        return `${context.knex.client.config.client} reachable`;
      }),
      probe('Policy decision point (wasm)', async () => {
        const { revision, point } = await current.get();
        point.evaluateSync({
          principal: { ref: 'user:health/probe', ownershipRefs: [] },
          permission: { name: 'authz.health.probe', type: 'basic' },
        });
        return `Rego evaluated at PAP revision ${revision}`;
      }),
    ];
    if (pdp.engine === 'server') {
      checks.push(
        probe('OPA server', () =>
          httpCheck(new URL('/health', pdp.server!.baseUrl).toString()),
        ),
      );
    }
    if (oidcMetadataUrl) {
      checks.push(probe('OIDC provider', () => httpCheck(oidcMetadataUrl)));
    }
    const health: AuthzHealth = {
      revision: await context.pdpData.revision(),
      components: await Promise.all(checks),
    };
    res.json(health);
  });

  return router;
}
