import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  Alert,
  Button,
  Combobox,
  Flex,
  Radio,
  RadioGroup,
  Switch,
  TextField,
} from '@backstage/ui';
import {
  DryRunResponse,
  ImpactResponse,
  dryRunRequestSchema,
  userRefSchema,
} from '@internal/plugin-authz-common';
import { authzApiRef } from '../../api/AuthzApi';
import type { DraftPolicy } from '../../api/types';
import { useAction } from '../shared/useAction';
import { MultiSelect } from '../shared/MultiSelect';
import { useFormValidation } from '../shared/useFormValidation';
import { useFormValues } from '../shared/useFormValues';
import { useGroupOptions, useRoleOptions } from '../shared/useOptions';
import { DryRunForm, buildDryRunRequest } from './buildDryRunRequest';
import { DryRunResult } from './DryRunOutcome';
import { ImpactTable } from './ImpactTable';

/** What to ask; the draft comes from the editor. */
type Question = Omit<DryRunForm, 'draft'>;

/**
 * Asks the PDP what it would answer, without acting: for a user or for a
 * made-up principal holding some groups and roles. Given the editor's
 * `draft`, it also shows the outcome if the draft were saved, and which
 * outcomes across all users the draft would flip.
 */
export function DryRunPanel(props: { draft?: DraftPolicy }) {
  const api = useApi(authzApiRef);
  const permissions = useAsync(() => api.listPermissions(), [api]);
  const groups = useGroupOptions();
  const roles = useRoleOptions();
  const {
    values: form,
    set,
    bind,
  } = useFormValues<Question>({
    principalMode: 'user',
    userRef: '',
    groupRefs: [],
    roleIds: [],
    permission: '',
    resourceRef: '',
  });
  const [testDraft, setTestDraft] = useState(props.draft !== undefined);
  const [draftRoleIds, setDraftRoleIds] = useState(props.draft?.roleIds ?? []);
  const [result, setResult] = useState<DryRunResponse>();
  const [impact, setImpact] = useState<ImpactResponse>();
  const action = useAction();

  const draft =
    props.draft && testDraft
      ? { ...props.draft, roleIds: draftRoleIds }
      : undefined;
  const request = buildDryRunRequest(
    { ...form, draft },
    permissions.value ?? [],
  );
  const validation = useFormValidation(dryRunRequestSchema, request);
  const userCheck = userRefSchema.safeParse(form.userRef.trim());
  const userError =
    validation.errors.principal && !userCheck.success
      ? userCheck.error.issues[0]?.message
      : undefined;

  const run = async () => {
    const valid = validation.submit();
    if (!valid) return;
    setImpact(undefined);
    await action.run(async () => setResult(await api.dryRun(valid)));
  };

  const whatWouldChange = async () => {
    const valid = validation.submit();
    if (!valid?.draft) return;
    const { draft: validDraft, permission } = valid;
    await action.run(async () =>
      setImpact(
        await api.dryRunImpact({
          draft: validDraft,
          permissions: [permission],
        }),
      ),
    );
  };

  return (
    <Flex direction="column" gap="3">
      <RadioGroup
        label="Ask as"
        orientation="horizontal"
        value={form.principalMode}
        onChange={mode =>
          set('principalMode', mode as DryRunForm['principalMode'])
        }
      >
        <Radio value="user">A user</Radio>
        <Radio value="holdings">Groups and roles</Radio>
      </RadioGroup>
      {form.principalMode === 'user' ? (
        <TextField
          label="User"
          placeholder="user:default/alice.kim"
          {...bind('userRef')}
          validationBehavior="aria"
          validate={() => userError ?? null}
        />
      ) : (
        <Flex gap="3">
          <MultiSelect label="Groups" options={groups} {...bind('groupRefs')} />
          <MultiSelect label="Roles" options={roles} {...bind('roleIds')} />
        </Flex>
      )}
      <Combobox
        label="Permission"
        placeholder="catalog.entity.read"
        allowsCustomValue
        options={(permissions.value ?? []).map(permission => ({
          id: permission.name,
          label: permission.name,
          description: `${permission.type}${
            permission.resourceType ? ` · ${permission.resourceType}` : ''
          } · ${permission.pluginId}`,
        }))}
        search={{
          inputValue: form.permission,
          onInputChange: value => set('permission', value),
        }}
        {...validation.field('permission')}
      />
      <TextField
        label="Resource ref"
        description="Optional: decide for one resource, e.g. component:default/portal"
        {...bind('resourceRef', validation)}
      />
      {props.draft && (
        <Switch
          label="Test the draft in the editor"
          isSelected={testDraft}
          onChange={setTestDraft}
        />
      )}
      {draft && (
        <MultiSelect
          label="Draft attached to roles"
          options={roles}
          value={draftRoleIds}
          onChange={setDraftRoleIds}
        />
      )}
      <Flex gap="2">
        <Button isPending={action.pending} onPress={run}>
          Run dry run
        </Button>
        {draft && (
          <Button
            variant="secondary"
            isPending={action.pending}
            onPress={whatWouldChange}
          >
            What would change
          </Button>
        )}
      </Flex>
      {action.error && <Alert status="danger" icon title={action.error} />}
      {result && <DryRunResult response={result} />}
      {impact && <ImpactTable impact={impact} />}
    </Flex>
  );
}
