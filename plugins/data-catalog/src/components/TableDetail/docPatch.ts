/**
 * The documentation change a form makes: only the fields the user changed,
 * and `null` for a field the user emptied (the server then clears it and
 * records that in the history). `values` are validated, blanks undefined.
 */
export function docPatch<TField extends string>(
  fields: readonly TField[],
  values: Partial<Record<TField, string>>,
  initial: Record<TField, string>,
): Partial<Record<TField, string | null>> {
  const patch: Partial<Record<TField, string | null>> = {};
  for (const field of fields) {
    const before = initial[field].trim() || undefined;
    const after = values[field];
    if (after !== before) patch[field] = after ?? null;
  }
  return patch;
}
