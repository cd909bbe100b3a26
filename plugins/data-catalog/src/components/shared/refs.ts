import { parseEntityRef } from '@backstage/catalog-model';

/** `resource:shop/app.public.orders` → `app.public.orders`; `group:default/data` → `data`. */
export function shortRef(ref: string): string {
  try {
    return parseEntityRef(ref).name;
  } catch {
    return ref;
  }
}

/** The path parameters of a table page for a table's entity ref. */
export function tableParams(ref: string): { namespace: string; name: string } {
  const { namespace, name } = parseEntityRef(ref);
  return { namespace, name };
}

/** Data-catalog assets are `Resource` entities; other lineage nodes are not. */
export function isDataAssetRef(ref: string): boolean {
  return ref.toLocaleLowerCase('en-US').startsWith('resource:');
}
