import { useApi } from '@backstage/frontend-plugin-api';
import { TextField } from '@backstage/ui';
import { imageCreateSchema } from '@internal/plugin-harvester-common';
import {
  DialogFrame,
  optional,
  useSchemaForm,
  useSubmit,
} from '@internal/portal-react';
import { harvesterApiRef } from '../../api/HarvesterApi';
import type { NamespaceTarget } from '../../api/types';
import { CreateDialogProps } from '../shared/CreateDialogProps';
import { NamespaceTargetFields } from '../shared/NamespaceTargetFields';
import { StorageClassSelect } from '../shared/StorageClassSelect';
import { bindTarget, withTarget } from '../shared/withTarget';

type ImageValues = Partial<NamespaceTarget> & {
  displayName: string;
  url: string;
  checksum: string;
  storageClass?: string;
  tags: string;
};

const schema = withTarget(imageCreateSchema, ['cluster', 'namespace']);

/** "a, b ,c" → ["a", "b", "c"]. */
function splitTags(text: string): string[] {
  return text
    .split(',')
    .map(tag => tag.trim())
    .filter(Boolean);
}

/** Adds an image that the cluster downloads from a URL. */
export function CreateImageDialog(props: CreateDialogProps) {
  const api = useApi(harvesterApiRef);
  const form = useSchemaForm({
    schema,
    initial: {
      cluster: props.cluster,
      displayName: '',
      url: '',
      checksum: '',
      tags: '',
    } as ImageValues,
    toRequest: values => ({
      target: { cluster: values.cluster, namespace: values.namespace },
      request: {
        displayName: values.displayName.trim(),
        url: values.url.trim(),
        checksum: optional(values.checksum),
        storageClass: values.storageClass,
        tags: splitTags(values.tags),
      },
    }),
  });
  const { cluster } = form.values;
  const submit = useSubmit({
    form,
    send: ({ target, request }) => api.createImage(target, request),
    done: `Image ${form.values.displayName.trim()} is being downloaded`,
    onSaved: props.onCreated,
  });

  return (
    <DialogFrame
      title="Create image from URL"
      error={submit.error}
      primary={{ label: 'Create', ...submit }}
      onCancel={props.onCancel}
    >
      <NamespaceTargetFields {...bindTarget(form)} />
      <TextField
        label="Display name"
        isRequired
        {...form.field('displayName')}
      />
      <TextField
        label="URL"
        isRequired
        placeholder="https://cloud-images.ubuntu.com/…/jammy-server-cloudimg-amd64.img"
        {...form.field('url')}
      />
      <TextField
        label="Checksum"
        description="SHA-512 of the file, checked after the download"
        {...form.field('checksum')}
      />
      <StorageClassSelect
        cluster={cluster}
        value={form.values.storageClass}
        onChange={value => form.set('storageClass', value)}
      />
      <TextField
        label="Tags"
        description="Comma-separated, e.g. os=ubuntu, lts"
        {...form.field('tags')}
      />
    </DialogFrame>
  );
}
