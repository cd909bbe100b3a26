type QueryValue = string | number | boolean | string[] | undefined | null;
/** Query parameters; empty ones are left out of the URL. */
export type Query = Record<string, QueryValue>;

/** `?a=1&b=x`, leaving out empty values; arrays become comma lists. */
export function toQueryString(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
    } else {
      params.set(key, String(value));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
