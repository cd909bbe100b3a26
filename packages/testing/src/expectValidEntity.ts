import {
  componentEntityV1alpha1Validator,
  DefaultNamespaceEntityPolicy,
  Entity,
  EntityPolicies,
  FieldFormatEntityPolicy,
  KindValidator,
  NoForeignRootFieldsEntityPolicy,
  resourceEntityV1alpha1Validator,
  SchemaValidEntityPolicy,
} from '@backstage/catalog-model';

const policy = EntityPolicies.allOf([
  new DefaultNamespaceEntityPolicy(),
  new NoForeignRootFieldsEntityPolicy(),
  new FieldFormatEntityPolicy(),
  new SchemaValidEntityPolicy(),
]);

const validators: Record<string, KindValidator> = {
  Component: componentEntityV1alpha1Validator,
  Resource: resourceEntityV1alpha1Validator,
};

/**
 * Fails unless the catalog would accept the entity as it is: the entity
 * policies change nothing, and its kind's schema (Component or Resource)
 * accepts it.
 */
export async function expectValidEntity(entity: Entity): Promise<void> {
  const processed = await policy.enforce(entity);
  expect(processed).toEqual(entity);
  const validator = validators[entity.kind];
  expect(validator).toBeDefined();
  expect(await validator.check(entity)).toBe(true);
}
