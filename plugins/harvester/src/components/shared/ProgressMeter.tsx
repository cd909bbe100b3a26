import { LinearGauge } from '@backstage/core-components';
import { Flex, Text } from '@backstage/ui';

/**
 * How far a transfer (an image download, a backup) is, 0–100, as a bar
 * and its number; a progressbar for assistive tech, named by `label`.
 */
export function ProgressMeter(props: { label: string; percent?: number }) {
  const percent = Math.max(0, Math.min(100, Math.round(props.percent ?? 0)));
  return (
    <Flex align="center" gap="2">
      <div
        role="progressbar"
        aria-label={props.label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        style={{ width: 100 }}
      >
        <LinearGauge value={percent / 100} />
      </div>
      <Text variant="body-x-small">{percent}%</Text>
    </Flex>
  );
}
