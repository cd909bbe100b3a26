import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import { Button, Flex, TextAreaField } from '@backstage/ui';
import {
  GlossaryTerm,
  dataCatalogGlossaryApprovePermission,
  dataCatalogGlossaryEditPermission,
} from '@internal/plugin-data-catalog-common';
import { DialogFrame, useDialog, useMutation } from '@internal/portal-react';
import { dataCatalogApiRef } from '../../api/DataCatalogApi';
import type { GlossaryTermDetail } from '../../api/types';
import { useCan } from '../shared/permissions';
import {
  actionLabels,
  actionsFor,
  commentRequired,
  GlossaryAction,
} from './workflow';

function TransitionDialog(props: {
  term: GlossaryTerm;
  action: GlossaryAction;
  onClose(): void;
  onDone(): void;
}) {
  const api = useApi(dataCatalogApiRef);
  const mutation = useMutation();
  const [comment, setComment] = useState('');
  const required = commentRequired(props.action);
  const label = actionLabels[props.action];

  const confirm = async () => {
    const done = await mutation.run(
      () =>
        api.transitionGlossaryTerm(props.term.id, {
          action: props.action,
          comment: comment.trim() || undefined,
        }),
      `${props.term.name}: ${label.toLocaleLowerCase('en-US')} done`,
    );
    if (done) props.onDone();
  };

  return (
    <DialogFrame
      title={`${label}: ${props.term.name}`}
      error={mutation.error}
      primary={{
        label,
        pending: mutation.pending,
        disabled: required && !comment.trim(),
        destructive: props.action === 'reject' || props.action === 'deprecate',
        onPress: confirm,
      }}
      onCancel={props.onClose}
    >
      <TextAreaField
        label={required ? 'Reason (required)' : 'Comment'}
        rows={3}
        value={comment}
        onChange={setComment}
      />
    </DialogFrame>
  );
}

/**
 * The workflow buttons the term's status allows and the user may use; each
 * asks for a comment (a rejection must give one) before it is sent.
 */
export function TermWorkflow(props: {
  term: GlossaryTermDetail;
  onChanged(): void;
}) {
  const can = {
    edit: useCan(dataCatalogGlossaryEditPermission),
    approve: useCan(dataCatalogGlossaryApprovePermission),
  };
  const transition = useDialog<GlossaryAction>(props.onChanged);
  const actions = actionsFor(props.term.status, can, props.term.allowedActions);
  if (actions.length === 0) return null;

  return (
    <Flex gap="2" role="group" aria-label="Workflow">
      {actions.map(a => (
        <Button
          key={a}
          variant={a === 'approve' || a === 'submit' ? 'primary' : 'secondary'}
          onPress={() => transition.open(a)}
        >
          {actionLabels[a]}
        </Button>
      ))}
      {transition.subject ? (
        <TransitionDialog
          term={props.term}
          action={transition.subject}
          onClose={transition.close}
          onDone={transition.finish}
        />
      ) : null}
    </Flex>
  );
}
