import {
  DialogFrame,
  useSubmit,
  RequestSchema,
  useSchemaForm,
} from '@internal/portal-react';
import { ConnectionTester } from './ConnectionTester';
import { SourceFields } from './SourceFields';
import type { SourceFormValues } from './sourceForm';

/**
 * Registers or edits a source: the fields, checked against the server's
 * schema as you type after the first try, a connection test, then save.
 */
export function SourceFormDialog<TRequest>(props: {
  title: string;
  submitLabel: string;
  initial: SourceFormValues;
  isNew: boolean;
  schema: RequestSchema<TRequest>;
  toRequest(values: SourceFormValues): unknown;
  send(request: TRequest): Promise<unknown>;
  done: string;
  onClose(): void;
  onSaved(): void;
}) {
  const form = useSchemaForm({
    schema: props.schema,
    initial: props.initial,
    toRequest: props.toRequest,
  });
  const submit = useSubmit({
    form,
    send: props.send,
    done: props.done,
    onSaved: props.onSaved,
  });

  return (
    <DialogFrame
      title={props.title}
      width={720}
      error={submit.error}
      primary={{ label: props.submitLabel, ...submit }}
      onCancel={props.onClose}
    >
      <SourceFields form={form} isNew={props.isNew} />
      <ConnectionTester values={form.values} />
    </DialogFrame>
  );
}
