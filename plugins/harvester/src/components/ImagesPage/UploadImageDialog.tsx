import { useRef, useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import { Text, TextField } from '@backstage/ui';
import { imageUploadQuerySchema } from '@internal/plugin-harvester-common';
import {
  DialogFrame,
  ErrorNote,
  optional,
  useSchemaForm,
  useSubmit,
} from '@internal/portal-react';
import { harvesterApiRef } from '../../api/HarvesterApi';
import type { NamespaceTarget, UploadProgress } from '../../api/types';
import { CreateDialogProps } from '../shared/CreateDialogProps';
import { NamespaceTargetFields } from '../shared/NamespaceTargetFields';
import { StorageClassSelect } from '../shared/StorageClassSelect';
import { bindTarget, withTarget } from '../shared/withTarget';
import { UploadProgressBar } from './UploadProgressBar';

type UploadValues = Partial<NamespaceTarget> & {
  displayName: string;
  description: string;
  storageClass?: string;
  tags: string;
};

const schema = withTarget(imageUploadQuerySchema, ['cluster', 'namespace']);

/**
 * Adds an image from a file on the user's machine: the browser sends it
 * through the portal to the cluster, showing how much is sent; Cancel
 * stops the upload (the portal then removes the half-made image).
 */
export function UploadImageDialog(props: CreateDialogProps) {
  const api = useApi(harvesterApiRef);
  const [file, setFile] = useState<File>();
  const [fileMissing, setFileMissing] = useState(false);
  const [progress, setProgress] = useState<UploadProgress>();
  const upload = useRef<AbortController>();
  const form = useSchemaForm({
    schema,
    initial: {
      cluster: props.cluster,
      displayName: '',
      description: '',
      tags: '',
    } as UploadValues,
    toRequest: values => ({
      target: { cluster: values.cluster, namespace: values.namespace },
      request: {
        displayName: values.displayName.trim(),
        description: optional(values.description),
        storageClass: values.storageClass,
        tags: values.tags,
        fileName: file?.name,
      },
    }),
  });
  const displayName = form.values.displayName.trim();
  const submit = useSubmit({
    form: {
      submit: () => {
        const checked = form.submit();
        setFileMissing(!file);
        return checked && file ? { ...checked, file } : undefined;
      },
    },
    send: ({ target, request, file: picked }) => {
      upload.current = new AbortController();
      setProgress({ sentBytes: 0, totalBytes: picked.size });
      return api.uploadImage(target, picked, request, {
        onProgress: setProgress,
        signal: upload.current.signal,
      });
    },
    done: `Image ${displayName} uploaded`,
    onSaved: props.onCreated,
  });

  const pick = (picked: File | undefined) => {
    // The display name follows the file until the user types their own.
    if (picked && [file?.name, ''].includes(form.values.displayName)) {
      form.set('displayName', picked.name);
    }
    setFile(picked);
    if (picked) setFileMissing(false);
  };

  return (
    <DialogFrame
      title="Upload image"
      error={submit.error}
      primary={{ label: 'Upload', ...submit }}
      onCancel={() => {
        upload.current?.abort();
        props.onCancel();
      }}
    >
      <label>
        <Text variant="body-small" weight="bold">
          Image file{' '}
        </Text>
        <input
          type="file"
          aria-label="Image file"
          accept=".img,.qcow2,.raw,.iso"
          disabled={submit.pending}
          onChange={event => pick(event.target.files?.[0])}
        />
      </label>
      {fileMissing ? <ErrorNote message="Pick the file to upload" /> : null}
      <NamespaceTargetFields {...bindTarget(form)} />
      <TextField
        label="Display name"
        isRequired
        {...form.field('displayName')}
      />
      <TextField label="Description" {...form.field('description')} />
      <StorageClassSelect
        cluster={form.values.cluster}
        value={form.values.storageClass}
        onChange={value => form.set('storageClass', value)}
      />
      <TextField
        label="Tags"
        description="Comma-separated, e.g. os=ubuntu, lts"
        {...form.field('tags')}
      />
      {submit.pending && progress ? (
        <UploadProgressBar
          label={`Upload of ${displayName}`}
          progress={progress}
        />
      ) : null}
    </DialogFrame>
  );
}
