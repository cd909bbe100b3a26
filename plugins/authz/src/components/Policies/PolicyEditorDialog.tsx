import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  Accordion,
  AccordionPanel,
  AccordionTrigger,
  Alert,
  Button,
  Dialog,
  DialogBody,
  DialogFooter,
  DialogHeader,
  Flex,
  Switch,
  TextField,
} from '@backstage/ui';
import { AuthzPolicy, createPolicySchema } from '@internal/plugin-authz-common';
import { authzApiRef } from '../../api/AuthzApi';
import { useAction } from '../shared/useAction';
import { useFormValidation } from '../shared/useFormValidation';
import { withoutBlanks } from '../shared/validateRequest';
import { DryRunPanel } from './DryRunPanel';
import { PolicyDocumentEditor } from './PolicyDocumentEditor';
import {
  formatDocument,
  parsePolicyText,
  starterDocument,
} from './parsePolicyText';

/**
 * Create a policy or edit one (`policy` given): name, description, active and
 * the JSON document, validated live. The draft can be dry-run before saving.
 * Mounted while open.
 */
export function PolicyEditorDialog(props: {
  policy?: AuthzPolicy;
  onClose(): void;
  onSaved(): void;
}) {
  const api = useApi(authzApiRef);
  const { policy } = props;
  const [name, setName] = useState(policy?.name ?? '');
  const [description, setDescription] = useState(policy?.description ?? '');
  const [active, setActive] = useState(policy?.active ?? true);
  const [text, setText] = useState(
    formatDocument(policy?.document ?? starterDocument),
  );
  const parsed = parsePolicyText(text);
  const form = useFormValidation(
    createPolicySchema,
    withoutBlanks({
      name,
      description,
      active,
      document: parsed.ok ? parsed.document : undefined,
    }),
  );
  const action = useAction();

  const save = async () => {
    const request = form.submit();
    if (!request) return;
    const ok = await action.run(
      () =>
        policy
          ? api.updatePolicy(policy.id, request)
          : api.createPolicy(request),
      `Policy ${request.name} ${policy ? 'saved' : 'created'}`,
    );
    if (ok) props.onSaved();
  };

  return (
    <Dialog isOpen onOpenChange={open => !open && props.onClose()} width={860}>
      <DialogHeader>
        {policy ? `Edit policy ${policy.name}` : 'Create policy'}
      </DialogHeader>
      <DialogBody>
        <Flex direction="column" gap="3">
          <Flex gap="3" align="end">
            <TextField
              label="Name"
              isRequired
              value={name}
              onChange={setName}
              {...form.field('name')}
            />
            <Switch label="Active" isSelected={active} onChange={setActive} />
          </Flex>
          <TextField
            label="Description"
            value={description}
            onChange={setDescription}
            {...form.field('description')}
          />
          <PolicyDocumentEditor
            text={text}
            parsed={parsed}
            onChange={setText}
          />
          {parsed.ok && (
            <Accordion>
              <AccordionTrigger title="Dry run this draft" />
              <AccordionPanel>
                <DryRunPanel
                  draft={{
                    policyId: policy?.id,
                    roleIds: policy?.roleIds ?? [],
                    document: parsed.document,
                  }}
                />
              </AccordionPanel>
            </Accordion>
          )}
          {action.error && <Alert status="danger" icon title={action.error} />}
        </Flex>
      </DialogBody>
      <DialogFooter>
        <Button variant="secondary" onPress={props.onClose}>
          Cancel
        </Button>
        <Button
          isPending={action.pending}
          isDisabled={!parsed.ok}
          onPress={save}
        >
          {policy ? 'Save new version' : 'Create'}
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
