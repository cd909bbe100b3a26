import { Text } from '@backstage/ui';
import { UsageBar } from '../shared/UsageBar';

/**
 * What a namespace uses of one quota: a bar against the limit, or the
 * amount used with "no limit" when the quota leaves it open.
 */
export function QuotaUsage(props: {
  label: string;
  used: number;
  limit?: number;
  format(value: number | undefined): string;
}) {
  if (props.limit === undefined) {
    return (
      <Text variant="body-x-small" color="secondary" aria-label={props.label}>
        {props.format(props.used)} · no limit
      </Text>
    );
  }
  return (
    <UsageBar
      compact
      label={props.label}
      used={props.used}
      total={props.limit}
      format={props.format}
    />
  );
}
