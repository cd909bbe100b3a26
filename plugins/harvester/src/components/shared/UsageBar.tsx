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
 * What was promised of the total besides what is used: the requests of the
 * VMs placed there ("allocated"), or what Longhorn promised to volumes
 * ("provisioned"). Either may exceed the total, which `over` names.
 */
export type Commitment = {
  noun: string;
  over: string;
  value?: number;
};

/** "allocated 20 / 32 cores · 63%", "provisioned 720 GiB / 470 GiB · 153%, over-provisioned". */
function commitmentText(
  commitment: Commitment,
  total: number | undefined,
  format: (value: number | undefined) => string,
): string | undefined {
  const { noun, over, value } = commitment;
  if (value === undefined || !total) return undefined;
  const ratio = value / total;
  return `${noun} ${format(value)} / ${format(total)} · ${formatPercent(
    ratio,
  )}${ratio > 1 ? `, ${over}` : ''}`;
}

/**
 * Used of total as a bar (a meter for assistive tech) with "12 / 24 cores
 * · 50%" beside it. Without metrics `used` is undefined and says so.
 * A `commitment` is said beneath in words rather than drawn, as it may
 * rightly exceed the total. `compact` drops the caption, for table cells.
 */
export function UsageBar(props: {
  label: string;
  used?: number;
  total?: number;
  commitment?: Commitment;
  format(value: number | undefined): string;
  compact?: boolean;
}) {
  const { label, used, total, format } = props;
  const ratio = used !== undefined && total ? used / total : undefined;
  const figures =
    ratio === undefined
      ? `no usage data · ${format(total)} total`
      : `${format(used)} / ${format(total)} · ${formatPercent(ratio)}`;
  const committed =
    props.commitment && commitmentText(props.commitment, total, format);
  return (
    <div style={{ minWidth: props.compact ? 110 : 180 }}>
      <div
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total ?? 0}
        aria-valuenow={used ?? 0}
        aria-valuetext={figures}
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
      {committed ? (
        <Text as="p" variant="body-x-small" color="secondary">
          {committed}
        </Text>
      ) : null}
    </div>
  );
}
