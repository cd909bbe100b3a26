type Scalar = string | number | boolean;
/** Query parameters; empty values are left out of the URL. */
export type QueryParams = Record<string, Scalar | Scalar[] | null | undefined>;

/**
 * `?cluster=a,b&q=web`: lists are joined with commas (how the server's
 * `csv` schemas read them); undefined, null, '' and [] are dropped.
 */
export function queryString(params: QueryParams = {}): string {
  const search = new URLSearchParams();
  for (const [key, raw] of Object.entries(params)) {
    const value = Array.isArray(raw) ? raw.join(',') : raw;
    if (value !== undefined && value !== null && value !== '') {
      search.set(key, String(value));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
