import {
  DefaultNamespaceEntityPolicy,
  Entity,
  EntityPolicies,
  FieldFormatEntityPolicy,
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

/** Fails unless the catalog would accept the entity as it is. */
export async function expectValidEntity(entity: Entity): Promise<void> {
  const processed = await policy.enforce(entity);
  expect(processed).toEqual(entity);
  expect(await resourceEntityV1alpha1Validator.check(entity)).toBe(true);
}
