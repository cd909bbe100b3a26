import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { Flex, Grid, Select, Switch, TextField } from '@backstage/ui';
import { dataCatalogApiRef } from '../../api/DataCatalogApi';
import type { SourceFormValues } from './sourceForm';

type Form = {
  values: SourceFormValues;
  set<K extends keyof SourceFormValues>(
    key: K,
    value: SourceFormValues[K],
  ): void;
  field(key: keyof SourceFormValues & string): {
    value: string;
    onChange(text: string): void;
    validationBehavior: 'aria';
    validate(): string | null;
  };
  errors: Record<string, string>;
};

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
        <TextField
          label="Owner"
          isRequired
          placeholder="group:default/data-platform"
          {...form.field('owner')}
        />
        <TextField label="Host" isRequired {...form.field('host')} />
        <TextField label="Port" isRequired {...form.field('port')} />
        <TextField label="User" isRequired {...form.field('user')} />
        <TextField
          label="Password reference"
          placeholder="env:MY_DB_PASSWORD"
          description="A reference, never the password: env:VARIABLE (backend environment) or file:/path (mounted secret)"
          {...form.field('passwordRef')}
        />
        <TextField
          label="Databases"
          placeholder="app, billing"
          description="Comma-separated; empty reads every database the user can open"
          {...form.field('databases')}
        />
        <TextField
          label="Skip schemas"
          placeholder="audit, tmp"
          description="Comma-separated, besides the system schemas"
          {...form.field('excludeSchemas')}
        />
        <TextField
          label="Schedule"
          placeholder="0 * * * *"
          description="Cron (5 fields); empty syncs only on demand"
          {...form.field('schedule')}
        />
        <TextField label="Domain" {...form.field('domain')} />
        <TextField label="Description" {...form.field('description')} />
      </Grid.Root>
      <Flex gap="4">
        <Switch
          label="Enabled"
          isSelected={form.values.enabled}
          onChange={on => form.set('enabled', on)}
        />
        <Switch
          label="TLS"
          isSelected={form.values.ssl}
          onChange={on => form.set('ssl', on)}
        />
        <Switch
          label="Collect query history"
          isSelected={form.values.collectQueries}
          onChange={on => form.set('collectQueries', on)}
        />
      </Flex>
    </Flex>
  );
}
