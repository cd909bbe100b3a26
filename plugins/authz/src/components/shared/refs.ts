/** `user:default/alice.kim` → `alice.kim`: how refs read in lists. */
export function entityName(ref: string): string {
  return ref.slice(ref.indexOf('/') + 1);
}

/** The catalog ref of a name typed into a form. */
export function entityRef(kind: 'user' | 'group', name: string): string {
  return `${kind}:default/${name}`;
}

/** "Alice Kim" → "Alice Kim"; falls back to the entity name. */
export function displayNameOf(item: {
  ref: string;
  displayName?: string;
  title?: string;
}): string {
  return item.displayName || item.title || entityName(item.ref);
}
