import {
  Entity,
  getCompoundEntityRef,
  parseEntityRef,
  RELATION_HAS_PART,
  RELATION_PART_OF,
} from '@backstage/catalog-model';
import {
  CatalogProcessor,
  CatalogProcessorEmit,
  processingResult,
} from '@backstage/plugin-catalog-node';
import { DATA_ASSET_SPEC_TYPES } from '@internal/plugin-data-catalog-common';

/**
 * Turns `spec.partOf` of data asset resources (source → database → schema
 * → table/view) into `partOf` / `hasPart` relations, which the built-in
 * processor does not do for Resources.
 */
export class DataAssetRelationsProcessor implements CatalogProcessor {
  getProcessorName(): string {
    return 'DataAssetRelationsProcessor';
  }

  async postProcessEntity(
    entity: Entity,
    _location: unknown,
    emit: CatalogProcessorEmit,
  ): Promise<Entity> {
    const spec = entity.spec ?? {};
    if (
      entity.kind.toLowerCase() !== 'resource' ||
      !DATA_ASSET_SPEC_TYPES.includes(String(spec.type))
    ) {
      return entity;
    }
    const self = getCompoundEntityRef(entity);
    const parents = ([] as unknown[]).concat(spec.partOf ?? []);
    for (const parent of parents) {
      if (typeof parent !== 'string' || !parent) continue;
      const target = parseEntityRef(parent, {
        defaultKind: 'resource',
        defaultNamespace: self.namespace,
      });
      emit(
        processingResult.relation({
          source: self,
          type: RELATION_PART_OF,
          target,
        }),
      );
      emit(
        processingResult.relation({
          source: target,
          type: RELATION_HAS_PART,
          target: self,
        }),
      );
    }
    return entity;
  }
}
