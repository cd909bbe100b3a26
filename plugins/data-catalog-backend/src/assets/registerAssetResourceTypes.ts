import { PermissionsRegistryService } from '@backstage/backend-plugin-api';
import {
  dataCatalogPermissions,
  DATA_CATALOG_SOURCE_RESOURCE_TYPE,
  DATA_CATALOG_TABLE_RESOURCE_TYPE,
} from '@internal/plugin-data-catalog-common';
import { Knex } from 'knex';
import { loadSourceResources, loadTableResources } from './assetResources';
import {
  sourceResourceRef,
  sourceRules,
  tableResourceRef,
  tableRules,
} from './permissionRules';

const permissionsOf = (resourceType: string) =>
  dataCatalogPermissions.filter(
    p => p.type === 'resource' && p.resourceType === resourceType,
  );

/**
 * Registers the table and source resource types with their rules and
 * loaders, so that the permission backend can resolve a CONDITIONAL
 * decision on one table or source (apply-conditions).
 */
export function registerAssetResourceTypes(
  permissionsRegistry: PermissionsRegistryService,
  knex: Knex,
): void {
  permissionsRegistry.addResourceType({
    resourceRef: tableResourceRef,
    permissions: permissionsOf(DATA_CATALOG_TABLE_RESOURCE_TYPE),
    rules: tableRules,
    getResources: refs => loadTableResources(knex, refs),
  });
  permissionsRegistry.addResourceType({
    resourceRef: sourceResourceRef,
    permissions: permissionsOf(DATA_CATALOG_SOURCE_RESOURCE_TYPE),
    rules: sourceRules,
    getResources: refs => loadSourceResources(knex, refs),
  });
}
