import { useApi } from '@backstage/frontend-plugin-api';
import { TextField } from '@backstage/ui';
import { kubeNameSchema } from '@internal/plugin-harvester-common';
import {
  DialogFrame,
  optional,
  RequestSchema,
  useSchemaForm,
  useSubmit,
} from '@internal/portal-react';
import { harvesterApiRef } from '../../api/HarvesterApi';
import type { NamespaceCreateRequest } from '../../api/types';
import { ClusterField } from '../shared/ClusterField';
import { CreateDialogProps } from '../shared/CreateDialogProps';
import { withTarget } from '../shared/withTarget';

/** `{ name, owner? }`: the name must be a DNS label; the server checks the owner. */
const namespaceCreateSchema: RequestSchema<NamespaceCreateRequest> = {
  safeParse(value: unknown) {
    const request = value as NamespaceCreateRequest;
    const name = kubeNameSchema.safeParse(request.name);
    if (!name.success) {
      const issues = name.error.issues.map(i => ({ ...i, path: ['name'] }));
      return { success: false, error: { issues } };
    }
    return { success: true, data: request };
  },
};

const schema = withTarget(namespaceCreateSchema, ['cluster']);

type NamespaceValues = { cluster?: string; name: string; owner: string };

/** Creates a namespace in a cluster, with the team that owns it. */
export function CreateNamespaceDialog(props: CreateDialogProps) {
  const api = useApi(harvesterApiRef);
  const form = useSchemaForm({
    schema,
    initial: { cluster: props.cluster, name: '', owner: '' } as NamespaceValues,
    toRequest: values => ({
      target: { cluster: values.cluster },
      request: { name: values.name.trim(), owner: optional(values.owner) },
    }),
  });
  const submit = useSubmit({
    form,
    send: ({ target, request }) => api.createNamespace(target.cluster, request),
    done: `Namespace ${form.values.name.trim()} created`,
    onSaved: props.onCreated,
  });
  return (
    <DialogFrame
      title="Create namespace"
      error={submit.error}
      primary={{ label: 'Create', ...submit }}
      onCancel={props.onCancel}
    >
      <ClusterField
        value={form.values.cluster}
        onChange={cluster => form.set('cluster', cluster)}
        isInvalid={Boolean(form.errors.cluster)}
      />
      <TextField label="Name" isRequired {...form.field('name')} />
      <TextField
        label="Owner"
        placeholder="group:default/team-a"
        description="The owning team's entity ref; default the cluster's owner"
        {...form.field('owner')}
      />
    </DialogFrame>
  );
}
