import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import { Button, Flex, Switch, Text, TextField } from '@backstage/ui';
import {
  aiOpsBudgetUpdatePermission,
  Budget,
  budgetRequestSchema,
} from '@internal/plugin-ai-ops-common';
import {
  AsyncView,
  ErrorNote,
  Panel,
  splitList,
  useSchemaForm,
  useSubmit,
} from '@internal/portal-react';
import { aiOpsApiRef } from '../../api/AiOpsApi';
import { formatCost } from '../shared/format';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { useWorkspacePermission } from '../workspace/useWorkspacePermission';
import { Guarded } from './Guarded';

/** "12.5" → 12.5; blank stays blank, so the schema names the field. */
const toNumber = (text: string) =>
  text.trim() === '' ? undefined : Number(text.trim());

/**
 * The monthly budget: the limit, the percentages that raise an alert, and
 * whether new runs are refused once it is spent. This month's spend above.
 */
export function BudgetPanel() {
  const api = useApi(aiOpsApiRef);
  const workspace = useWorkspace();
  const loaded = useAsyncRetry(
    () => api.getBudget(workspace),
    [api, workspace],
  );
  return (
    <Panel title="Monthly budget">
      <AsyncView result={loaded}>
        {({ budget, spent }) => (
          <BudgetForm
            key={budget?.updatedAt ?? 'none'}
            workspace={workspace}
            budget={budget}
            spent={spent}
            onSaved={loaded.retry}
          />
        )}
      </AsyncView>
    </Panel>
  );
}

function BudgetForm(props: {
  workspace: string;
  budget: Budget | null;
  spent: number;
  onSaved(): void;
}) {
  const api = useApi(aiOpsApiRef);
  const { budget } = props;
  const update = useWorkspacePermission(aiOpsBudgetUpdatePermission);
  const form = useSchemaForm({
    schema: budgetRequestSchema,
    initial: {
      monthlyLimit: budget ? String(budget.monthlyLimit) : '',
      thresholds: (budget?.thresholds ?? [50, 80, 100]).join(', '),
      blockNewRuns: budget?.blockNewRuns ?? false,
    },
    toRequest: values => ({
      monthlyLimit: toNumber(values.monthlyLimit),
      thresholds: splitList(values.thresholds).map(Number),
      blockNewRuns: values.blockNewRuns,
    }),
  });
  const submit = useSubmit({
    form,
    send: request => api.putBudget(props.workspace, request),
    done: 'Budget saved',
    onSaved: props.onSaved,
  });
  const disabled = !update.allowed;
  return (
    <Flex direction="column" gap="3">
      <Text as="p" variant="body-small" color="secondary">
        {budget
          ? `${formatCost(
              props.spent,
              budget.currency,
            )} spent this month of ${formatCost(
              budget.monthlyLimit,
              budget.currency,
            )}`
          : `${formatCost(props.spent)} spent this month; no budget set`}
      </Text>
      <TextField
        label="Monthly limit"
        isRequired
        description={`in ${budget?.currency ?? 'the price table’s currency'}`}
        isDisabled={disabled}
        {...form.field('monthlyLimit')}
      />
      <TextField
        label="Alert thresholds (%)"
        description="comma-separated percentages of the limit, e.g. 50, 80, 100"
        isDisabled={disabled}
        {...form.field('thresholds')}
      />
      <Switch
        isSelected={form.values.blockNewRuns}
        isDisabled={disabled}
        onChange={on => form.set('blockNewRuns', on)}
      >
        Block new runs once the limit is reached
      </Switch>
      <ErrorNote message={submit.error} />
      <Flex>
        <Guarded reason={update.reason}>
          <Button
            variant="primary"
            isDisabled={disabled}
            isPending={submit.pending}
            onPress={submit.onPress}
          >
            Save budget
          </Button>
        </Guarded>
      </Flex>
    </Flex>
  );
}
