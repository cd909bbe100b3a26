import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  dataCatalogTableUpdatePermission,
  LineageEdgeInput,
} from '@internal/plugin-data-catalog-common';
import { DataCatalogContext } from '../service/DataCatalogContext';
import { dataCatalogRefs, deniedRefs } from './lineageAccess';

const MAX_NAMED = 5;

/**
 * Who may write these edges. Every caller needs `data-catalog.table.update`
 * on each data-catalog table touched (service principals normally have
 * it). Users moreover write only `manual` edges, and only edges that touch
 * a data-catalog table: lineage among other plugins' entities is theirs.
 */
export async function authorizeEdgeWrite(
  context: Pick<DataCatalogContext, 'auth' | 'knex' | 'permissions'>,
  credentials: BackstageCredentials,
  edges: LineageEdgeInput[],
): Promise<void> {
  const isUser = context.auth.isPrincipal(credentials, 'user');
  const tables = await dataCatalogRefs(
    context.knex,
    edges.flatMap(e => [e.from.entityRef, e.to.entityRef]),
  );
  if (isUser) {
    edges.forEach((edge, i) => {
      if (edge.source !== 'manual') {
        throw new NotAllowedError(
          `edges[${i}].source: users write only manual edges, not ${edge.source}`,
        );
      }
      if (!tables.has(edge.from.entityRef) && !tables.has(edge.to.entityRef)) {
        throw new NotAllowedError(
          `edges[${i}]: ${edge.from.entityRef} → ${edge.to.entityRef} touches no data-catalog table`,
        );
      }
    });
  }
  const denied = [
    ...(await deniedRefs(
      context.permissions,
      credentials,
      dataCatalogTableUpdatePermission,
      tables,
    )),
  ].sort();
  if (denied.length > 0) {
    const named = denied.slice(0, MAX_NAMED).join(', ');
    const more =
      denied.length > MAX_NAMED ? ` and ${denied.length - MAX_NAMED} more` : '';
    throw new NotAllowedError(
      `${dataCatalogTableUpdatePermission.name} denied on ${named}${more}`,
    );
  }
}
