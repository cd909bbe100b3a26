import { useApi } from '@backstage/frontend-plugin-api';
import {
  Accordion,
  AccordionPanel,
  AccordionTrigger,
  Flex,
  Switch,
  TextField,
} from '@backstage/ui';
import { AuthzPolicy, createPolicySchema } from '@internal/plugin-authz-common';
import { authzApiRef } from '../../api/AuthzApi';
import { FormDialog, SavingDialogProps } from '../shared/FormDialog';
import { useFormValidation } from '../shared/useFormValidation';
import { useFormValues } from '../shared/useFormValues';
import { useSaveAction } from '../shared/useSaveAction';
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
export function PolicyEditorDialog(
  props: { policy?: AuthzPolicy } & SavingDialogProps,
) {
  const api = useApi(authzApiRef);
  const { policy } = props;
  const { values, set, bind } = useFormValues({
    name: policy?.name ?? '',
    description: policy?.description ?? '',
    active: policy?.active ?? true,
    text: formatDocument(policy?.document ?? starterDocument),
  });
  const parsed = parsePolicyText(values.text);
  const form = useFormValidation(
    createPolicySchema,
    withoutBlanks({
      name: values.name,
      description: values.description,
      active: values.active,
      document: parsed.ok ? parsed.document : undefined,
    }),
  );
  const action = useSaveAction(props.onSaved);

  const save = () =>
    action.save(
      form,
      request =>
        policy
          ? api.updatePolicy(policy.id, request)
          : api.createPolicy(request),
      request => `Policy ${request.name} ${policy ? 'saved' : 'created'}`,
    );

  return (
    <FormDialog
      title={policy ? `Edit policy ${policy.name}` : 'Create policy'}
      width={860}
      action={action}
      submit={{
        label: policy ? 'Save new version' : 'Create',
        isDisabled: !parsed.ok,
        onPress: save,
      }}
      onClose={props.onClose}
    >
      <Flex gap="3" align="end">
        <TextField label="Name" isRequired {...bind('name', form)} />
        <Switch
          label="Active"
          isSelected={values.active}
          onChange={active => set('active', active)}
        />
      </Flex>
      <TextField label="Description" {...bind('description', form)} />
      <PolicyDocumentEditor
        text={values.text}
        parsed={parsed}
        onChange={text => set('text', text)}
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
    </FormDialog>
  );
}
