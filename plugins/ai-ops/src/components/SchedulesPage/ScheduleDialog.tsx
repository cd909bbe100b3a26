import { useApi } from '@backstage/frontend-plugin-api';
import { Select, TextField } from '@backstage/ui';
import {
  CATCH_UP_POLICIES,
  CatchUpPolicy,
  createScheduleRequestSchema,
  PipelineSummary,
  Schedule,
} from '@internal/plugin-ai-ops-common';
import {
  asOptions,
  DialogFrame,
  useSchemaForm,
  useSubmit,
} from '@internal/portal-react';
import { aiOpsApiRef } from '../../api/AiOpsApi';

const browserZone = () => new Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * Creates a schedule for a pipeline, or edits one (`schedule` given): a
 * five-field cron in an IANA time zone, the catch-up policy for fires
 * missed while no backend ran, and how many of its runs may run at once.
 */
export function ScheduleDialog(props: {
  workspace: string;
  pipelines: PipelineSummary[];
  schedule?: Schedule;
  onCancel(): void;
  onSaved(): void;
}) {
  const api = useApi(aiOpsApiRef);
  const { schedule } = props;
  const form = useSchemaForm({
    schema: createScheduleRequestSchema,
    initial: {
      pipelineId: schedule?.pipelineId ?? props.pipelines[0]?.id ?? '',
      name: schedule?.name ?? '',
      cron: schedule?.cron ?? '0 6 * * *',
      timezone: schedule?.timezone ?? browserZone(),
      catchUp: (schedule?.catchUp ?? 'none') as CatchUpPolicy,
      maxConcurrency: String(schedule?.maxConcurrency ?? 1),
    },
    toRequest: values => ({
      name: values.name.trim(),
      cron: values.cron.trim(),
      timezone: values.timezone.trim(),
      catchUp: values.catchUp,
      maxConcurrency: Number(values.maxConcurrency),
    }),
  });
  const submit = useSubmit({
    form,
    send: request =>
      schedule
        ? api.updateSchedule(
            props.workspace,
            schedule.pipelineId,
            schedule.id,
            request,
          )
        : api.createSchedule(props.workspace, form.values.pipelineId, request),
    done: schedule ? 'Schedule saved' : 'Schedule created',
    onSaved: props.onSaved,
  });
  return (
    <DialogFrame
      title={schedule ? `Edit ${schedule.name}` : 'New schedule'}
      error={submit.error}
      primary={{ label: schedule ? 'Save' : 'Create', ...submit }}
      onCancel={props.onCancel}
    >
      <Select
        label="Pipeline"
        isDisabled={Boolean(schedule)}
        options={props.pipelines.map(p => ({ id: p.id, label: p.title }))}
        value={form.values.pipelineId || null}
        onChange={key => form.set('pipelineId', key ? String(key) : '')}
      />
      <TextField label="Name" isRequired {...form.field('name')} />
      <TextField
        label="Cron"
        isRequired
        description="minute hour day-of-month month day-of-week"
        {...form.field('cron')}
      />
      <TextField
        label="Time zone"
        description="IANA, e.g. Europe/Berlin"
        {...form.field('timezone')}
      />
      <Select
        label="Catch-up"
        options={asOptions(CATCH_UP_POLICIES)}
        value={form.values.catchUp}
        onChange={key => form.set('catchUp', key as CatchUpPolicy)}
      />
      <TextField label="Max concurrency" {...form.field('maxConcurrency')} />
    </DialogFrame>
  );
}
