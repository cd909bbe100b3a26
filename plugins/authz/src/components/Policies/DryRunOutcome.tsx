import { Alert, CellText, Flex, Table, Text } from '@backstage/ui';
import type {
  DecisionReason,
  DryRunOutcome as Outcome,
  DryRunResponse,
} from '@internal/plugin-authz-common';
import { ResultBadge } from '../shared/ResultBadge';

type ReasonRow = DecisionReason & { id: number };

const reasonColumns = [
  {
    id: 'effect',
    label: 'Effect',
    cell: (r: ReasonRow) => <CellText title={r.effect} />,
  },
  {
    id: 'policy',
    label: 'Policy',
    cell: (r: ReasonRow) => <CellText title={r.policyName} />,
    isRowHeader: true,
  },
  {
    id: 'sid',
    label: 'Sid',
    cell: (r: ReasonRow) => <CellText title={r.sid} />,
  },
  {
    id: 'role',
    label: 'Role',
    cell: (r: ReasonRow) => <CellText title={r.roleName} />,
  },
  {
    id: 'conditional',
    label: 'Applies to',
    cell: (r: ReasonRow) => (
      <CellText title={r.conditional ? 'matching resources' : 'any resource'} />
    ),
  },
];

/** One outcome of a dry run: the result, the summary and the reasons. */
export function DryRunOutcome(props: { title: string; outcome: Outcome }) {
  const { outcome } = props;
  return (
    <section aria-label={props.title}>
      <Flex direction="column" gap="2">
        <Flex align="center" gap="3">
          <Text as="h3" variant="body-medium" weight="bold">
            {props.title}
          </Text>
          <ResultBadge result={outcome.result} />
          {outcome.resourceResult && (
            <Text variant="body-small" color="secondary">
              on this resource: {outcome.resourceResult}
            </Text>
          )}
        </Flex>
        <Text variant="body-small">{outcome.summary}</Text>
        {outcome.reasons.length > 0 && (
          <Table
            columnConfig={reasonColumns}
            data={outcome.reasons.map((reason, id) => ({ ...reason, id }))}
            pagination={{ type: 'none' }}
          />
        )}
      </Flex>
    </section>
  );
}

/** The whole answer: now, with the draft if one was tested, and whether it differs. */
export function DryRunResult(props: { response: DryRunResponse }) {
  const { response } = props;
  return (
    <Flex direction="column" gap="4" aria-label="Dry run result" role="region">
      <Text variant="body-x-small" color="secondary">
        Decision {response.decisionId} · policy revision {response.revision}
      </Text>
      <DryRunOutcome title="Current policies" outcome={response.current} />
      {response.draft && (
        <>
          <DryRunOutcome title="With the draft" outcome={response.draft} />
          <Alert
            status={response.changed ? 'warning' : 'info'}
            icon
            title={
              response.changed
                ? 'The draft changes this outcome'
                : 'The draft does not change this outcome'
            }
          />
        </>
      )}
    </Flex>
  );
}
