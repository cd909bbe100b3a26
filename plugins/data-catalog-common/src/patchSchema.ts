import { z } from 'zod';

/**
 * The PATCH form of a create schema: every field optional and without its
 * default. zod's own `.partial()` still applies defaults, which would reset
 * fields the request did not mention.
 */
export function patchSchema<S extends z.ZodObject>(
  schema: S,
): z.ZodType<Partial<z.output<S>>> {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => [
      key,
      (field instanceof z.ZodDefault ? field.unwrap() : field).optional(),
    ]),
  );
  return z.object(shape) as unknown as z.ZodType<Partial<z.output<S>>>;
}
