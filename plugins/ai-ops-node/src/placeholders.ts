const PLACEHOLDER = /\{\{\s*([a-zA-Z]+)(?:\.([\w-]+))?\s*\}\}/g;

/**
 * Fills `{{scope.name}}` (and bare `{{scope}}`) placeholders in an argv from
 * `values` (`{ config: { epochs: '3' }, tasks: '/tasks' }`); placeholders
 * of scopes not given are left for a later step.
 */
export function fillPlaceholders(
  argv: string[],
  values: Record<string, string | Record<string, string>>,
): string[] {
  return argv.map(arg =>
    arg.replace(PLACEHOLDER, (whole, scope: string, name?: string) => {
      if (!(scope in values)) return whole;
      const value = values[scope];
      const filled = typeof value === 'string' ? value : name && value[name];
      if (typeof filled !== 'string') {
        throw new Error(`Nothing to fill ${whole} with`);
      }
      return filled;
    }),
  );
}

/** Placeholders still in an argv, e.g. to refuse launching it. */
export function unfilledPlaceholders(argv: string[]): string[] {
  return argv.flatMap(arg => arg.match(PLACEHOLDER) ?? []);
}
