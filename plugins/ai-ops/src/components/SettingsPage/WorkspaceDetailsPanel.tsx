import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import { Button, Flex, Text, TextField } from '@backstage/ui';
import {
  aiOpsWorkspaceManagePermission,
  updateWorkspaceRequestSchema,
  WorkspaceDetail,
} from '@internal/plugin-ai-ops-common';
import {
  AsyncView,
  ErrorNote,
  optional,
  Panel,
  useSchemaForm,
  useSubmit,
} from '@internal/portal-react';
import { aiOpsApiRef } from '../../api/AiOpsApi';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { useWorkspacePermission } from '../workspace/useWorkspacePermission';
import { Guarded } from './Guarded';

/** The workspace's name, organisation and owner; its title and description. */
export function WorkspaceDetailsPanel() {
  const api = useApi(aiOpsApiRef);
  const workspace = useWorkspace();
  const loaded = useAsyncRetry(
    () => api.getWorkspace(workspace),
    [api, workspace],
  );
  return (
    <Panel title="Workspace">
      <AsyncView result={loaded}>
        {detail => (
          <DetailsForm
            key={detail.updatedAt}
            detail={detail}
            onSaved={loaded.retry}
          />
        )}
      </AsyncView>
    </Panel>
  );
}

function DetailsForm(props: { detail: WorkspaceDetail; onSaved(): void }) {
  const api = useApi(aiOpsApiRef);
  const { detail } = props;
  const manage = useWorkspacePermission(aiOpsWorkspaceManagePermission);
  const form = useSchemaForm({
    schema: updateWorkspaceRequestSchema,
    initial: { title: detail.title, description: detail.description ?? '' },
    toRequest: values => ({
      title: values.title.trim(),
      description: optional(values.description) ?? null,
    }),
  });
  const submit = useSubmit({
    form,
    send: request => api.updateWorkspace(detail.name, request),
    done: 'Workspace saved',
    onSaved: props.onSaved,
  });
  return (
    <Flex direction="column" gap="3">
      <Text as="p" variant="body-small" color="secondary">
        {`${detail.name} in ${detail.organization} · owner ${detail.owner}`}
      </Text>
      <TextField
        label="Title"
        isRequired
        isDisabled={!manage.allowed}
        {...form.field('title')}
      />
      <TextField
        label="Description"
        isDisabled={!manage.allowed}
        {...form.field('description')}
      />
      <ErrorNote message={submit.error} />
      <Flex>
        <Guarded reason={manage.reason}>
          <Button
            variant="primary"
            isDisabled={!manage.allowed}
            isPending={submit.pending}
            onPress={submit.onPress}
          >
            Save details
          </Button>
        </Guarded>
      </Flex>
    </Flex>
  );
}
