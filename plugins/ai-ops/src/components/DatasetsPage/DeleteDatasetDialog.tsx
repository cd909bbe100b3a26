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
  /** How many versions it has, as the page listed them. */
  versionCount: number;
  onCancel(): void;
  onDeleted(): void;
}) {
  const api = useApi(aiOpsApiRef);
  const { workspace, dataset } = props;
  return (
    <ConfirmDeleteDialog
      what={`dataset ${dataset.name}`}
      remove={() => api.deleteDataset(workspace, dataset.id)}
      onCancel={props.onCancel}
      onDeleted={props.onDeleted}
    >
      <Text as="p">
        Its {plural(props.versionCount, 'version')} and their validation reports
        go with it. The files the versions point at stay where they are.
      </Text>
    </ConfirmDeleteDialog>
  );
}
