import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { DATA_CATALOG_TABLE_RESOURCE_TYPE } from '@internal/plugin-data-catalog-common';

/** A CONDITIONAL table decision: only the tables of these sources. */
export function onlyNamespaces(...sourceIds: string[]): PolicyDecision {
  return {
    result: AuthorizeResult.CONDITIONAL,
    pluginId: 'data-catalog',
    resourceType: DATA_CATALOG_TABLE_RESOURCE_TYPE,
    conditions: {
      rule: 'IN_NAMESPACE',
      resourceType: DATA_CATALOG_TABLE_RESOURCE_TYPE,
      params: { values: sourceIds },
    },
  };
}
