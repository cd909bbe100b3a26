type Scalar = string | number | boolean;
/** Query parameters; empty values are left out of the URL. */
export type QueryParams = Record<string, Scalar | Scalar[] | null | undefined>;

/**
 * `?a=1&tag=x&tag=y`: lists become repeated parameters (how the server's
 * zod schemas read arrays); undefined, null and '' are dropped.
 */
export function queryString(params: QueryParams = {}): string {
  const search = new URLSearchParams();
  Object.entries(params).forEach(([key, raw]) => {
    const values = Array.isArray(raw) ? raw : [raw];
    values
      .filter(value => value !== undefined && value !== null && value !== '')
      .forEach(value => search.append(key, String(value)));
  });
  const text = search.toString();
  return text ? `?${text}` : '';
}
