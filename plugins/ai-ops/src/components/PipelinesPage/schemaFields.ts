/** One config field as the JSON schema of a node type describes it. */
export type SchemaField = {
  name: string;
  kind: 'string' | 'number' | 'integer' | 'boolean' | 'enum' | 'json';
  required: boolean;
  description?: string;
  options?: string[];
  defaultValue?: unknown;
};

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  description?: string;
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
};

function kindOf(schema: JsonSchema): SchemaField['kind'] {
  if (schema.enum?.every(v => typeof v === 'string')) return 'enum';
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (
    type === 'string' ||
    type === 'number' ||
    type === 'integer' ||
    type === 'boolean'
  ) {
    return type;
  }
  const options = schema.anyOf?.filter(o => o.type !== 'null');
  if (options?.length === 1) return kindOf(options[0]);
  return 'json';
}

/** The top-level properties of an object schema as form fields. */
export function schemaFields(schema: Record<string, unknown>): SchemaField[] {
  const object = schema as JsonSchema;
  const required = new Set(object.required ?? []);
  return Object.entries(object.properties ?? {}).map(([name, property]) => ({
    name,
    kind: kindOf(property),
    required: required.has(name) && property.default === undefined,
    description: property.description,
    options: property.enum?.map(String),
    defaultValue: property.default,
  }));
}

/**
 * A typed value from what was typed: numbers and JSON parsed when they
 * parse, else the text itself (the server then names the field); blank is
 * "not set".
 */
export function parseFieldText(field: SchemaField, text: string): unknown {
  if (text.trim() === '') return undefined;
  if (field.kind === 'number' || field.kind === 'integer') {
    const number = Number(text);
    return Number.isNaN(number) ? text : number;
  }
  if (field.kind === 'json') {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

/** What a field's text box shows for a value. */
export function fieldText(field: SchemaField, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (field.kind === 'json' && typeof value !== 'string')
    return JSON.stringify(value);
  return String(value);
}
