import { useApi } from '@backstage/frontend-plugin-api';
import { Grid, TextAreaField, TextField } from '@backstage/ui';
import {
  GlossaryTerm,
  glossaryTermRequestSchema,
} from '@internal/plugin-data-catalog-common';
import {
  DialogFrame,
  optional,
  splitList,
  useSchemaForm,
  useSubmit,
} from '@internal/portal-react';
import { dataCatalogApiRef } from '../../api/DataCatalogApi';
import { FormTextFields } from '../shared/FormTextFields';

/** Who looks after the term; lists are typed comma-separated. */
const stewardFields = [
  { key: 'synonyms', label: 'Synonyms', placeholder: 'client, buyer' },
  { key: 'domain', label: 'Domain' },
  {
    key: 'owner',
    label: 'Owner',
    isRequired: true,
    placeholder: 'group:default/data-governance',
  },
  {
    key: 'reviewers',
    label: 'Reviewers',
    isRequired: true,
    placeholder: 'user:default/alice, user:default/bob',
    description: 'Who may approve or reject it',
  },
] as const;

/**
 * Proposes a new term (it starts as a draft) or edits a draft or rejected
 * one. Lists are typed comma-separated.
 */
export function TermFormDialog(props: {
  term?: GlossaryTerm;
  onClose(): void;
  onSaved(term: GlossaryTerm): void;
}) {
  const api = useApi(dataCatalogApiRef);
  const { term } = props;
  const form = useSchemaForm({
    schema: glossaryTermRequestSchema,
    initial: {
      name: term?.name ?? '',
      definition: term?.definition ?? '',
      synonyms: term?.synonyms.join(', ') ?? '',
      domain: term?.domain ?? '',
      owner: term?.owner ?? '',
      reviewers: term?.reviewers.join(', ') ?? '',
    },
    toRequest: values => ({
      name: values.name.trim(),
      definition: values.definition.trim(),
      synonyms: splitList(values.synonyms),
      domain: optional(values.domain),
      owner: values.owner.trim(),
      reviewers: splitList(values.reviewers),
    }),
  });
  const submit = useSubmit({
    form,
    send: request =>
      term
        ? api.updateGlossaryTerm(term.id, request)
        : api.createGlossaryTerm(request),
    done: term ? 'Term saved' : 'Term proposed as a draft',
    onSaved: props.onSaved,
  });

  return (
    <DialogFrame
      title={term ? `Edit ${term.name}` : 'Propose a term'}
      width={640}
      error={submit.error}
      primary={{ label: term ? 'Save' : 'Create draft', ...submit }}
      onCancel={props.onClose}
    >
      <TextField label="Name" isRequired {...form.field('name')} />
      <TextAreaField
        label="Definition"
        isRequired
        rows={4}
        {...form.field('definition')}
      />
      <Grid.Root columns="2" gap="3">
        <FormTextFields form={form} fields={stewardFields} />
      </Grid.Root>
    </DialogFrame>
  );
}
