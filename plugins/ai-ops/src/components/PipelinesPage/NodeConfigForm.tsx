import { Checkbox, Flex, Select, TextField } from '@backstage/ui';
import type {
  GraphNode,
  NodeTypeDescription,
} from '@internal/plugin-ai-ops-common';
import { fieldText, parseFieldText, schemaFields } from './schemaFields';

/**
 * A node's config as a form generated from its type's JSON schema: text,
 * number, choice and checkbox fields; nested values as JSON text.
 * `errors` are the server's, by field name.
 */
export function NodeConfigForm(props: {
  node: GraphNode;
  nodeType?: NodeTypeDescription;
  errors?: Record<string, string>;
  onChange(config: Record<string, unknown>): void;
}) {
  const { node, nodeType } = props;
  if (!nodeType) return null;
  const set = (name: string, value: unknown) => {
    const config = { ...node.config };
    if (value === undefined) delete config[name];
    else config[name] = value;
    props.onChange(config);
  };
  return (
    <Flex direction="column" gap="2">
      {schemaFields(nodeType.configJsonSchema).map(field => {
        const label = `${field.name}${field.required ? ' *' : ''}`;
        const value = node.config[field.name];
        const error = props.errors?.[field.name];
        const description =
          field.defaultValue !== undefined
            ? `${field.description ?? ''} (default ${JSON.stringify(
                field.defaultValue,
              )})`.trim()
            : field.description;
        if (field.kind === 'boolean') {
          return (
            <Checkbox
              key={field.name}
              isSelected={Boolean(value ?? field.defaultValue)}
              onChange={checked => set(field.name, checked)}
            >
              {field.name}
            </Checkbox>
          );
        }
        if (field.kind === 'enum') {
          return (
            <Select
              key={field.name}
              label={label}
              description={description}
              options={(field.options ?? []).map(o => ({ id: o, label: o }))}
              value={typeof value === 'string' ? value : null}
              onChange={key =>
                set(field.name, key === null ? undefined : String(key))
              }
            />
          );
        }
        return (
          <TextField
            key={field.name}
            label={label}
            description={description}
            value={fieldText(field, value)}
            onChange={text => set(field.name, parseFieldText(field, text))}
            validationBehavior="aria"
            validate={() => error ?? null}
            isInvalid={Boolean(error)}
          />
        );
      })}
    </Flex>
  );
}
