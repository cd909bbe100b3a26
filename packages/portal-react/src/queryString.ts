type Scalar = string | number | boolean;
/** Query parameters; empty values are left out of the URL. */
export type QueryParams = Record<string, Scalar | Scalar[] | null | undefined>;

/**
 * `?q=web&limit=50`, leaving out undefined, null, '' and []. Lists are
 * joined with commas (`cluster=a,b`, how `csv` schemas read them) or
 * repeated (`tag=x&tag=y`, how zod array schemas read them).
 */
export function queryString(
  params: QueryParams = {},
  lists: 'comma' | 'repeat' = 'comma',
): string {
  const search = new URLSearchParams();
  for (const [key, raw] of Object.entries(params)) {
    let values = [raw];
    if (Array.isArray(raw)) values = lists === 'comma' ? [raw.join(',')] : raw;
    for (const value of values) {
      if (value !== undefined && value !== null && value !== '') {
        search.append(key, String(value));
      }
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
