import { Button, Flex, Text } from '@backstage/ui';
import { makeStyles } from '@material-ui/core/styles';
import type { AuditStreamStatus } from '../../api/types';

const useStyles = makeStyles({
  '@keyframes pulse': {
    '0%': { boxShadow: '0 0 0 0 rgba(46, 125, 50, 0.6)' },
    '70%': { boxShadow: '0 0 0 8px rgba(46, 125, 50, 0)' },
    '100%': { boxShadow: '0 0 0 0 rgba(46, 125, 50, 0)' },
  },
  dot: {
    width: 10,
    height: 10,
    borderRadius: '50%',
    display: 'inline-block',
    background: '#9e9e9e',
  },
  live: {
    background: '#2e7d32',
    animation: '$pulse 1.6s infinite',
  },
  waiting: { background: '#ed6c02' },
});

const labels: Record<AuditStreamStatus, string> = {
  connected: 'Live',
  connecting: 'Connecting…',
  reconnecting: 'Reconnecting…',
  closed: 'Paused',
};

/** Whether new entries arrive in real time, with pause/resume. */
export function LiveIndicator(props: {
  status: AuditStreamStatus;
  paused: boolean;
  onToggle(): void;
}) {
  const classes = useStyles();
  const dotClass = [
    classes.dot,
    props.status === 'connected' && classes.live,
    (props.status === 'connecting' || props.status === 'reconnecting') &&
      classes.waiting,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <Flex align="center" gap="2">
      <span className={dotClass} aria-hidden="true" />
      <Text
        role="status"
        aria-label={`Live updates: ${labels[props.status]}`}
        variant="body-small"
      >
        {labels[props.status]}
      </Text>
      <Button size="small" variant="secondary" onPress={props.onToggle}>
        {props.paused ? 'Resume' : 'Pause'}
      </Button>
    </Flex>
  );
}
