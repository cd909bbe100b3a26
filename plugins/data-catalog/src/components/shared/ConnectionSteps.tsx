import { Flex, Text } from '@backstage/ui';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import CancelIcon from '@material-ui/icons/Cancel';
import RemoveCircleOutlineIcon from '@material-ui/icons/RemoveCircleOutline';
import type {
  ConnectionStep,
  ConnectionTestResult,
} from '@internal/plugin-data-catalog-common';
import { formatDuration } from './format';

const icons: Record<ConnectionStep['status'], JSX.Element> = {
  ok: (
    <CheckCircleIcon aria-hidden style={{ color: '#2e7d32', fontSize: 18 }} />
  ),
  failed: <CancelIcon aria-hidden style={{ color: '#d32f2f', fontSize: 18 }} />,
  skipped: (
    <RemoveCircleOutlineIcon
      aria-hidden
      style={{ color: '#9e9e9e', fontSize: 18 }}
    />
  ),
};

/**
 * Each step of a connection test or sync in order: ok, failed (with the
 * server's reason) or skipped after a failure, and how long it took.
 */
export function ConnectionSteps(props: {
  steps: ConnectionStep[];
  label?: string;
}) {
  return (
    <ol
      aria-label={props.label ?? 'Connection steps'}
      style={{ margin: 0, padding: 0, listStyle: 'none' }}
    >
      {props.steps.map(step => (
        <li key={step.step} aria-label={`${step.step}: ${step.status}`}>
          <Flex gap="2" align="center">
            {icons[step.status]}
            <Text variant="body-small" weight="bold">
              {step.step}
            </Text>
            <Text variant="body-small" color="secondary">
              {step.status} · {formatDuration(step.durationMs)}
              {step.count === undefined ? '' : ` · ${step.count} found`}
            </Text>
          </Flex>
          {step.detail ? (
            <Text
              as="p"
              variant="body-x-small"
              color={step.status === 'failed' ? 'danger' : 'secondary'}
              style={{ marginLeft: 26 }}
            >
              {step.detail}
            </Text>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

/** A whole test's verdict above its steps. */
export function ConnectionTestOutcome(props: { result: ConnectionTestResult }) {
  const { result } = props;
  return (
    <Flex direction="column" gap="2" role="status">
      <Text weight="bold" color={result.ok ? 'success' : 'danger'}>
        {result.ok
          ? 'Connection works'
          : `Connection failed at step “${result.failedStep ?? 'unknown'}”`}
      </Text>
      <ConnectionSteps steps={result.steps} />
    </Flex>
  );
}
