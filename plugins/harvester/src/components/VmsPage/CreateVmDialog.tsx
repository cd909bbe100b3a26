import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import { Text, TextField } from '@backstage/ui';
import { vmCreateSchema, VmSummary } from '@internal/plugin-harvester-common';
import {
  DialogFrame,
  useMutation,
  useSchemaForm,
} from '@internal/portal-react';
import { harvesterApiRef } from '../../api/HarvesterApi';
import type { NamespaceTarget, VmCreateRequest } from '../../api/types';
import { CreateDialogProps } from '../shared/CreateDialogProps';
import { NamespaceTargetFields } from '../shared/NamespaceTargetFields';
import { CreateVmFields } from './CreateVmFields';
import { initialCreateVmValues, toCreateVmRequest } from './createVmForm';
import { useCreateVmChoices } from './useCreateVmChoices';

/**
 * Creates a VM in a cluster and namespace from an image or a template.
 * "Preview" asks the server for the manifest it would create (a dry run,
 * nothing is created) and shows it.
 */
export function CreateVmDialog(props: CreateDialogProps<VmSummary>) {
  const api = useApi(harvesterApiRef);
  const [target, setTarget] = useState<Partial<NamespaceTarget>>({
    cluster: props.cluster,
  });
  const [targetMissing, setTargetMissing] = useState(false);
  const [manifest, setManifest] = useState<object>();
  const choices = useCreateVmChoices(target);
  const form = useSchemaForm({
    schema: vmCreateSchema,
    initial: initialCreateVmValues,
    toRequest: toCreateVmRequest,
  });
  const mutation = useMutation();

  /**
   * The target and request, or undefined (with errors shown) when invalid.
   * The request is sent as typed, not as parsed: schema defaults must not
   * override what a template brings.
   */
  const validated = () => {
    const valid = form.submit() !== undefined;
    const { cluster, namespace } = target;
    setTargetMissing(!cluster || !namespace);
    if (!valid || !cluster || !namespace) return undefined;
    return {
      target: { cluster, namespace },
      request: toCreateVmRequest(form.values),
    };
  };

  const send = async (dryRun: boolean) => {
    const valid = validated();
    if (!valid) return;
    const request: VmCreateRequest = { ...valid.request, dryRun };
    const done = await mutation.run(
      () => api.createVm(valid.target, request),
      dryRun ? undefined : `VM ${request.name} created`,
    );
    if (!done) return;
    if (dryRun) setManifest(done.result.manifest);
    else props.onCreated(done.result.vm);
  };

  return (
    <DialogFrame
      title="Create virtual machine"
      width={680}
      error={
        mutation.error ??
        (targetMissing ? 'Pick a cluster and a namespace.' : undefined)
      }
      secondary={{ label: 'Preview', onPress: () => send(true) }}
      primary={{
        label: 'Create',
        pending: mutation.pending,
        onPress: () => send(false),
      }}
      onCancel={props.onCancel}
    >
      <NamespaceTargetFields
        value={target}
        onChange={value => {
          setTarget(value);
          setManifest(undefined);
        }}
      />
      <TextField label="Name" isRequired {...form.field('name')} />
      <TextField label="Description" {...form.field('description')} />
      <CreateVmFields form={form} choices={choices.value} />
      {manifest ? (
        <>
          <Text as="p" variant="body-small" weight="bold">
            Manifest (dry run: nothing was created)
          </Text>
          <pre
            aria-label="Manifest"
            style={{
              maxHeight: 240,
              overflow: 'auto',
              fontSize: 12,
              margin: 0,
            }}
          >
            {JSON.stringify(manifest, null, 2)}
          </pre>
        </>
      ) : null}
    </DialogFrame>
  );
}
