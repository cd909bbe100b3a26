import { KnownPermission } from '@internal/plugin-authz-common';
import Router from 'express-promise-router';
import { authzPolicyReadPermission } from '@internal/plugin-authz-common';
import { AuthzRouterContext } from '../AuthzRouterContext';

/** Plugins asked for their permissions unless `authz.permissionSources` says otherwise. */
const defaultSources = [
  'catalog',
  'scaffolder',
  'kubernetes',
  'search',
  'notifications',
  'authz',
  'harvester',
  'data-catalog',
  'ai-ops',
];
const cacheMs = 60_000;

type MetadataPermission = {
  name: string;
  type: 'basic' | 'resource';
  resourceType?: string;
  attributes?: { action?: string };
};

/**
 * `GET /permissions`: every permission the installed plugins declare (their
 * `/.well-known/backstage/permissions/metadata`), for the admin UI's pickers.
 * A plugin that is not installed or does not answer is left out.
 */
export function createPermissionCatalogRoutes(context: AuthzRouterContext) {
  const router = Router();
  const sources =
    context.config.getOptionalStringArray('authz.permissionSources') ??
    defaultSources;
  let cached: { at: number; items: KnownPermission[] } | undefined;

  const fetchFrom = async (pluginId: string): Promise<KnownPermission[]> => {
    try {
      const baseUrl = await context.discovery.getBaseUrl(pluginId);
      const { token } = await context.auth.getPluginRequestToken({
        onBehalfOf: await context.auth.getOwnServiceCredentials(),
        targetPluginId: pluginId,
      });
      const response = await fetch(
        `${baseUrl}/.well-known/backstage/permissions/metadata`,
        {
          headers: { authorization: `Bearer ${token}` },
          signal: AbortSignal.timeout(5000),
        },
      );
      if (!response.ok) return [];
      const body = (await response.json()) as {
        permissions?: MetadataPermission[];
      };
      return (body.permissions ?? []).map(p => ({
        name: p.name,
        type: p.type,
        resourceType: p.resourceType,
        action: p.attributes?.action,
        pluginId,
      }));
    } catch (error) {
      context.logger.debug(`No permission metadata from ${pluginId}: ${error}`);
      return [];
    }
  };

  router.get('/permissions', async (req, res) => {
    await context.authorize(req, authzPolicyReadPermission);
    if (!cached || Date.now() - cached.at > cacheMs) {
      const lists = await Promise.all(sources.map(fetchFrom));
      const byName = new Map(lists.flat().map(p => [p.name, p]));
      cached = {
        at: Date.now(),
        items: [...byName.values()].sort((a, b) =>
          a.name.localeCompare(b.name),
        ),
      };
    }
    res.json({ items: cached.items });
  });

  return router;
}
