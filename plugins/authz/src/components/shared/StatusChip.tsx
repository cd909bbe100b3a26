import { Text } from '@backstage/ui';
import CheckCircleOutline from '@material-ui/icons/CheckCircleOutline';
import ErrorOutline from '@material-ui/icons/ErrorOutline';
import RemoveCircleOutline from '@material-ui/icons/RemoveCircleOutline';
import ReportProblemOutlined from '@material-ui/icons/ReportProblemOutlined';

export type StatusTone = 'ok' | 'warning' | 'error' | 'off';

const tones = {
  ok: { Icon: CheckCircleOutline, color: 'var(--bui-positive-fg-subdued)' },
  warning: {
    Icon: ReportProblemOutlined,
    color: 'var(--bui-warning-fg-subdued)',
  },
  error: { Icon: ErrorOutline, color: 'var(--bui-negative-fg-subdued)' },
  off: { Icon: RemoveCircleOutline, color: 'var(--bui-fg-secondary)' },
};

/**
 * A status light with its label. The label stays readable by assistive
 * tech (core-components' Status* hide theirs), the icon is decoration.
 */
export function StatusChip(props: { tone: StatusTone; label: string }) {
  const { Icon, color } = tones[props.tone];
  return (
    <Text
      as="span"
      variant="body-small"
      data-tone={props.tone}
      style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}
    >
      <Icon aria-hidden htmlColor={color} style={{ fontSize: '1.2em' }} />
      {props.label}
    </Text>
  );
}

export function UserStatusChip(props: { status: 'active' | 'disabled' }) {
  return (
    <StatusChip
      tone={props.status === 'active' ? 'ok' : 'off'}
      label={props.status}
    />
  );
}

export function ActiveChip(props: { active: boolean }) {
  return (
    <StatusChip
      tone={props.active ? 'ok' : 'off'}
      label={props.active ? 'active' : 'inactive'}
    />
  );
}
