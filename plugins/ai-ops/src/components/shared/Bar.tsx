import { Flex, Text } from '@backstage/ui';

const fills = {
  ok: 'var(--bui-positive-fg, #2e7d32)',
  warn: 'var(--bui-warning-fg, #ed6c02)',
  bad: 'var(--bui-negative-fg, #d32f2f)',
  info: 'var(--bui-announcement-fg, #1976d2)',
};

/** Usage turns amber at 75% and red at 90%. */
function usageTone(ratio: number): keyof typeof fills {
  if (ratio >= 0.9) return 'bad';
  if (ratio >= 0.75) return 'warn';
  return 'ok';
}

/**
 * A thin horizontal bar of `value` out of `max`, announced as a meter
 * named `label` with `text` as its value; `text` shows beside the label,
 * or under the bar alone when `compact` (table cells). Without `tone` it
 * is coloured as usage.
 */
export function Bar(props: {
  label: string;
  value: number;
  max: number;
  text: string;
  tone?: keyof typeof fills;
  compact?: boolean;
}) {
  const ratio = props.max > 0 ? Math.min(props.value / props.max, 1) : 0;
  const tone = props.tone ?? usageTone(ratio);
  return (
    <div
      role="meter"
      aria-label={props.label}
      aria-valuemin={0}
      aria-valuemax={props.max}
      aria-valuenow={props.value}
      aria-valuetext={props.text}
      style={{ minWidth: props.compact ? 100 : 180 }}
    >
      {props.compact ? null : (
        <Flex justify="between" gap="2">
          <Text variant="body-small">{props.label}</Text>
          <Text variant="body-x-small" color="secondary">
            {props.text}
          </Text>
        </Flex>
      )}
      <div
        style={{
          height: 6,
          borderRadius: 3,
          background: 'var(--bui-bg-neutral-2, #e0e0e0)',
          overflow: 'hidden',
        }}
      >
        <div
          style={{
            width: `${ratio * 100}%`,
            height: '100%',
            background: fills[tone],
          }}
        />
      </div>
      {props.compact ? (
        <Text variant="body-x-small" color="secondary">
          {props.text}
        </Text>
      ) : null}
    </div>
  );
}
