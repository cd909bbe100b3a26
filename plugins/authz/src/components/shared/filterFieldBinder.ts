/**
 * Wires filter controls (Select, TextField) to one key each of a filter
 * object: the control shows the value as text, and a change goes back
 * through `write` as text (a cleared Select gives "").
 */
export function filterFieldBinder<TFilter extends object>(
  filter: TFilter,
  write: (key: keyof TFilter, value: string) => void,
) {
  return (key: keyof TFilter) => ({
    value: String(filter[key] ?? ''),
    onChange: (value: unknown) => write(key, String(value ?? '')),
  });
}
