import { useNavigate } from 'react-router-dom';
import { useApi } from '@backstage/frontend-plugin-api';
import { Checkbox, Text, TextField } from '@backstage/ui';
import { vmCloneSchema, VmDetail } from '@internal/plugin-harvester-common';
import {
  DialogFrame,
  optional,
  useSchemaForm,
  useSubmit,
} from '@internal/portal-react';
import { harvesterApiRef } from '../../api/HarvesterApi';
import { useHarvesterLinks } from '../shared/useHarvesterLinks';

/**
 * Clones the VM (its disks copied) under a new name, in its namespace or
 * another, stopped unless asked to start; then opens the clone.
 */
export function CloneDialog(props: { vm: VmDetail; onCancel(): void }) {
  const { vm } = props;
  const api = useApi(harvesterApiRef);
  const links = useHarvesterLinks();
  const navigate = useNavigate();
  const form = useSchemaForm({
    schema: vmCloneSchema,
    initial: {
      name: `${vm.name}-clone`,
      namespace: vm.namespace,
      start: false,
    },
    toRequest: values => ({
      name: values.name.trim(),
      namespace: optional(values.namespace),
      runStrategy: values.start ? 'Always' : 'Halted',
    }),
  });
  const submit = useSubmit({
    form,
    send: request => api.cloneVm(vm, request),
    done: `Cloning ${vm.name}`,
    onSaved: ({ vm: clone }) => navigate(links.vm(clone)),
  });
  return (
    <DialogFrame
      title={`Clone ${vm.name}`}
      error={submit.error}
      primary={{ label: 'Clone', ...submit }}
      onCancel={props.onCancel}
    >
      <Text as="p" variant="body-small">
        A new VM with copies of {vm.name}’s disks, in cluster {vm.cluster}.
      </Text>
      <TextField label="Name of the clone" isRequired {...form.field('name')} />
      <TextField label="Namespace" {...form.field('namespace')} />
      <Checkbox
        isSelected={form.values.start}
        onChange={start => form.set('start', start)}
      >
        Start the clone when it is created
      </Checkbox>
    </DialogFrame>
  );
}
