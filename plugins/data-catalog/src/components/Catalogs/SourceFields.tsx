import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { Flex, Grid, Select, Switch, TextField } from '@backstage/ui';
import type { FieldBinding } from '@internal/portal-react';
import { dataCatalogApiRef } from '../../api/DataCatalogApi';
import { FormTextFields, TextFieldSpec } from '../shared/FormTextFields';
import type { SourceFormValues } from './sourceForm';

type TextKey = keyof SourceFormValues & string;
type SwitchKey = 'enabled' | 'ssl' | 'collectQueries';

type Form = {
  values: SourceFormValues;
  set<K extends keyof SourceFormValues>(
    key: K,
    value: SourceFormValues[K],
  ): void;
  field(key: TextKey): FieldBinding;
  errors: Record<string, string>;
};

/** The inputs after the platform, in the order they show. */
const connectionFields: TextFieldSpec<TextKey>[] = [
  {
    key: 'owner',
    label: 'Owner',
    isRequired: true,
    placeholder: 'group:default/data-platform',
  },
  { key: 'host', label: 'Host', isRequired: true },
  { key: 'port', label: 'Port', isRequired: true },
  { key: 'user', label: 'User', isRequired: true },
  {
    key: 'passwordRef',
    label: 'Password reference',
    placeholder: 'env:MY_DB_PASSWORD',
    description:
      'A reference, never the password: env:VARIABLE (backend environment) or file:/path (mounted secret)',
  },
  {
    key: 'databases',
    label: 'Databases',
    placeholder: 'app, billing',
    description:
      'Comma-separated; empty reads every database the user can open',
  },
  {
    key: 'excludeSchemas',
    label: 'Skip schemas',
    placeholder: 'audit, tmp',
    description: 'Comma-separated, besides the system schemas',
  },
  {
    key: 'schedule',
    label: 'Schedule',
    placeholder: '0 * * * *',
    description: 'Cron (5 fields); empty syncs only on demand',
  },
  { key: 'domain', label: 'Domain' },
  { key: 'description', label: 'Description' },
];

const switches: { key: SwitchKey; label: string }[] = [
  { key: 'enabled', label: 'Enabled' },
  { key: 'ssl', label: 'TLS' },
  { key: 'collectQueries', label: 'Collect query history' },
];

/**
 * The inputs of a source. The id becomes the catalog namespace of its
 * assets, so it is only asked for when registering.
 */
export function SourceFields(props: { form: Form; isNew: boolean }) {
  const { form } = props;
  const api = useApi(dataCatalogApiRef);
  const platforms = useAsync(() => api.listPlatforms(), [api]);
  const options = (platforms.value ?? [form.values.platform]).map(id => ({
    id,
    label: id,
  }));

  return (
    <Flex direction="column" gap="3">
      <Grid.Root columns="2" gap="3">
        {props.isNew ? (
          <TextField
            label="Id"
            isRequired
            description="Lower case and dashes; the catalog namespace of its tables"
            {...form.field('id')}
          />
        ) : null}
        <TextField label="Title" isRequired {...form.field('title')} />
        <Select
          label="Platform"
          isRequired
          options={options}
          value={form.values.platform}
          onChange={key => form.set('platform', String(key ?? ''))}
        />
        <FormTextFields form={form} fields={connectionFields} />
      </Grid.Root>
      <Flex gap="4">
        {switches.map(({ key, label }) => (
          <Switch
            key={key}
            label={label}
            isSelected={form.values[key]}
            onChange={on => form.set(key, on)}
          />
        ))}
      </Flex>
    </Flex>
  );
}
