import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  Button,
  Cell,
  CellText,
  ColumnConfig,
  Flex,
  Select,
  Switch,
  Text,
  TextField,
} from '@backstage/ui';
import {
  PipelineSummary,
  Trigger,
  TRIGGER_EVENT_TYPES,
  TriggerEventType,
} from '@internal/plugin-ai-ops-common';
import {
  asOptions,
  AsyncView,
  ErrorNote,
  ListTable,
  Panel,
  useDialog,
  useMutation,
} from '@internal/portal-react';
import { aiOpsApiRef } from '../../api/AiOpsApi';
import { ConfirmDeleteDialog } from '../shared/ConfirmDeleteDialog';

/**
 * Event triggers of one pipeline: a new dataset version (optionally of one
 * dataset) starts it. Add one, enable, disable or delete it.
 */
export function TriggersPanel(props: {
  workspace: string;
  pipelines: PipelineSummary[];
}) {
  const api = useApi(aiOpsApiRef);
  const { workspace } = props;
  const [pipeline, setPipeline] = useState<string | undefined>(
    props.pipelines[0]?.id,
  );
  const [eventType, setEventType] =
    useState<TriggerEventType>('dataset-version');
  const [dataset, setDataset] = useState('');
  const change = useMutation();
  const triggers = useAsyncRetry(
    async () =>
      pipeline ? api.listTriggers(workspace, pipeline) : { items: [] },
    [api, workspace, pipeline],
  );

  const removal = useDialog<Trigger>(triggers.retry);
  const doomed = removal.subject;

  const add = async () => {
    if (!pipeline) return;
    const filter: Record<string, string> = dataset.trim()
      ? { dataset: dataset.trim() }
      : {};
    if (
      await change.run(
        () => api.createTrigger(workspace, pipeline, { eventType, filter }),
        'Trigger added',
      )
    ) {
      setDataset('');
      triggers.retry();
    }
  };

  const columns: ColumnConfig<Trigger>[] = [
    {
      id: 'eventType',
      label: 'Event',
      isRowHeader: true,
      cell: t => <CellText title={t.eventType} />,
    },
    {
      id: 'filter',
      label: 'Filter',
      cell: t => (
        <CellText
          title={
            Object.entries(t.filter)
              .map(([k, v]) => `${k}=${v}`)
              .join(', ') || 'any'
          }
        />
      ),
    },
    {
      id: 'enabled',
      label: 'Enabled',
      cell: t => (
        <Cell>
          <Switch
            aria-label={`Enable trigger ${t.id}`}
            isSelected={t.enabled}
            onChange={async enabled => {
              if (
                await change.run(() =>
                  api.updateTrigger(workspace, t.pipelineId, t.id, { enabled }),
                )
              ) {
                triggers.retry();
              }
            }}
          />
        </Cell>
      ),
    },
    {
      id: 'delete',
      label: '',
      cell: t => (
        <Cell>
          <Button
            size="small"
            variant="secondary"
            destructive
            aria-label={`Delete trigger ${t.id}`}
            onPress={() => removal.open(t)}
          >
            Delete
          </Button>
        </Cell>
      ),
    },
  ];

  return (
    <Panel
      title="Event triggers"
      subtitle="start a pipeline when something happens"
    >
      <Flex gap="2" align="end" mb="3" style={{ flexWrap: 'wrap' }}>
        <Select
          label="Pipeline"
          options={props.pipelines.map(p => ({ id: p.id, label: p.title }))}
          value={pipeline ?? null}
          onChange={key => setPipeline(key ? String(key) : undefined)}
        />
        <Select
          label="Event"
          options={asOptions(TRIGGER_EVENT_TYPES)}
          value={eventType}
          onChange={key => setEventType(key as TriggerEventType)}
        />
        <TextField
          label="Dataset (optional)"
          value={dataset}
          onChange={setDataset}
        />
        <Button
          variant="secondary"
          isDisabled={!pipeline}
          isPending={change.pending}
          onPress={add}
        >
          Add trigger
        </Button>
      </Flex>
      <ErrorNote message={change.error} />
      <AsyncView result={triggers}>
        {page => (
          <ListTable
            columns={columns}
            rows={page.items}
            empty="No triggers for this pipeline."
          />
        )}
      </AsyncView>
      {doomed ? (
        <ConfirmDeleteDialog
          what={`the ${doomed.eventType} trigger`}
          remove={() =>
            api.deleteTrigger(workspace, doomed.pipelineId, doomed.id)
          }
          onCancel={removal.close}
          onDeleted={removal.finish}
        >
          <Text as="p">
            Its events stop starting this pipeline; runs it started stay.
          </Text>
        </ConfirmDeleteDialog>
      ) : null}
    </Panel>
  );
}
