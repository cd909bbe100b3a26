import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { Text } from '@backstage/ui';
import type { Dataset } from '@internal/plugin-ai-ops-common';
import { plural } from '@internal/portal-react';
import { aiOpsApiRef } from '../../api/AiOpsApi';
import { ConfirmDeleteDialog } from '../shared/ConfirmDeleteDialog';

/** Deleting a dataset takes its versions and validation reports along. */
export function DeleteDatasetDialog(props: {
  workspace: string;
  dataset: Dataset;
  onCancel(): void;
  onDeleted(): void;
}) {
  const api = useApi(aiOpsApiRef);
  const { workspace, dataset } = props;
  const versions = useAsync(
    () => api.listDatasetVersions(workspace, dataset.id),
    [api, workspace, dataset.id],
  );
  const count = versions.value?.items.length;
  return (
    <ConfirmDeleteDialog
      what={`dataset ${dataset.name}`}
      remove={() => api.deleteDataset(workspace, dataset.id)}
      onCancel={props.onCancel}
      onDeleted={props.onDeleted}
    >
      <Text as="p">
        {count === undefined
          ? 'Its versions and their validation reports go with it.'
          : `Its ${plural(
              count,
              'version',
            )} and their validation reports go with it.`}{' '}
        The files the versions point at stay where they are.
      </Text>
    </ConfirmDeleteDialog>
  );
}
