import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { Flex, Radio, RadioGroup, Select, TextField } from '@backstage/ui';
import { volumeCreateSchema } from '@internal/plugin-harvester-common';
import { DialogFrame, useSchemaForm, useSubmit } from '@internal/portal-react';
import { harvesterApiRef } from '../../api/HarvesterApi';
import type { NamespaceTarget } from '../../api/types';
import { CreateDialogProps } from '../shared/CreateDialogProps';
import { NamespaceTargetFields } from '../shared/NamespaceTargetFields';
import { refineSchema } from '../shared/refineSchema';
import { StorageClassSelect } from '../shared/StorageClassSelect';
import { bindTarget, withTarget } from '../shared/withTarget';

type VolumeValues = Partial<NamespaceTarget> & {
  name: string;
  size: string;
  source: 'blank' | 'image';
  /** `<namespace>/<name>` of the image. */
  image: string;
  storageClass?: string;
};

const schema = withTarget(
  refineSchema(volumeCreateSchema, request =>
    request.image === ''
      ? { path: ['image'], message: 'Pick an image' }
      : undefined,
  ),
  ['cluster', 'namespace'],
);

/**
 * Creates a blank volume in a storage class, or one made from an image
 * (which brings its own storage class).
 */
export function CreateVolumeDialog(props: CreateDialogProps) {
  const api = useApi(harvesterApiRef);
  const form = useSchemaForm({
    schema,
    initial: {
      cluster: props.cluster,
      name: '',
      size: '10Gi',
      source: 'blank',
      image: '',
    } as VolumeValues,
    toRequest: values => ({
      target: { cluster: values.cluster, namespace: values.namespace },
      request: {
        name: values.name.trim(),
        size: values.size.trim(),
        image: values.source === 'image' ? values.image : undefined,
        storageClass:
          values.source === 'blank' ? values.storageClass : undefined,
      },
    }),
  });
  const { cluster, source } = form.values;
  const images = useAsync(async () => {
    if (!cluster) return [];
    const page = await api.listImages({ cluster: [cluster], limit: 500 });
    return page.items
      .filter(image => image.state === 'Active')
      .map(image => ({
        id: `${image.namespace}/${image.name}`,
        label: `${image.displayName} (${image.namespace})`,
      }));
  }, [api, cluster]);

  const submit = useSubmit({
    form,
    send: ({ target, request }) => api.createVolume(target, request),
    done: `Volume ${form.values.name.trim()} created`,
    onSaved: props.onCreated,
  });

  return (
    <DialogFrame
      title="Create volume"
      error={submit.error}
      primary={{ label: 'Create', ...submit }}
      onCancel={props.onCancel}
    >
      <NamespaceTargetFields {...bindTarget(form)} />
      <Flex gap="3">
        <TextField label="Name" isRequired {...form.field('name')} />
        <TextField
          label="Size"
          isRequired
          description="A quantity such as 10Gi"
          {...form.field('size')}
        />
      </Flex>
      <RadioGroup
        label="Source"
        value={source}
        onChange={value => form.set('source', value as VolumeValues['source'])}
      >
        <Radio value="blank">Blank volume</Radio>
        <Radio value="image">From an image</Radio>
      </RadioGroup>
      {source === 'image' ? (
        <Select
          label="Image"
          isRequired
          isDisabled={!cluster}
          options={images.value ?? []}
          value={form.values.image || null}
          onChange={key => form.set('image', String(key))}
          isInvalid={Boolean(form.errors.image)}
          description={form.errors.image ?? "Uses the image's storage class"}
        />
      ) : (
        <StorageClassSelect
          cluster={cluster}
          value={form.values.storageClass}
          onChange={value => form.set('storageClass', value)}
        />
      )}
    </DialogFrame>
  );
}
