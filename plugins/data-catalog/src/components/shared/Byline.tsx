import { Text } from '@backstage/ui';
import { formatTime, timeAgo } from '@internal/portal-react';
import { shortRef } from './refs';

/** "alice · 3 hours ago", the exact time on hover. */
export function Byline(props: { actor?: string; at: string }) {
  return (
    <Text
      as="p"
      variant="body-x-small"
      color="secondary"
      title={formatTime(props.at)}
    >
      {props.actor ? `${shortRef(props.actor)} · ` : ''}
      {timeAgo(props.at)}
    </Text>
  );
}
