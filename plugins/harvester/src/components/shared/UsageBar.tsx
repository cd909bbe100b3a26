import { LinearGauge } from '@backstage/core-components';
import type { GaugePropsGetColor } from '@backstage/core-components';
import { Flex, Text } from '@backstage/ui';
import { formatPercent } from './format';

/** Usage reads the other way round from progress: full is the warning. */
const usageColor: GaugePropsGetColor = ({ palette, value }) => {
  if (value >= 90) return palette.status.error;
  if (value >= 75) return palette.status.warning;
  return palette.status.ok;
};

/**
 * Used of total as a bar (a meter for assistive tech) with "12 / 24 cores
 * · 50%" beside it. Without metrics `used` is undefined and says so.
 * `compact` drops the caption, for table cells.
 */
export function UsageBar(props: {
  label: string;
  used?: number;
  total?: number;
  format(value: number | undefined): string;
  compact?: boolean;
}) {
  const { label, used, total, format } = props;
  const ratio = used !== undefined && total ? used / total : undefined;
  const figures =
    ratio === undefined
      ? `no usage data · ${format(total)} total`
      : `${format(used)} / ${format(total)} · ${formatPercent(ratio)}`;
  return (
    <div
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={total ?? 0}
      aria-valuenow={used ?? 0}
      aria-valuetext={figures}
      style={{ minWidth: props.compact ? 110 : 180 }}
    >
      <Flex justify="between" gap="2">
        {props.compact ? null : <Text variant="body-small">{label}</Text>}
        <Text variant="body-x-small" color="secondary">
          {figures}
        </Text>
      </Flex>
      {ratio === undefined ? null : (
        <LinearGauge value={ratio} getColor={usageColor} />
      )}
    </div>
  );
}
