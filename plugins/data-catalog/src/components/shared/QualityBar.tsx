import { Flex, Text } from '@backstage/ui';

/** Quality bands shared with search facets: ≥80 high, 50–79 medium. */
function qualityColor(score: number): string {
  if (score >= 80) return 'var(--bui-positive-fg)';
  if (score >= 50) return 'var(--bui-warning-fg)';
  return 'var(--bui-negative-fg)';
}

/**
 * A 0..100 score as a bar and its number; a meter for assistive tech.
 * Unscored assets (never profiled) say so instead of showing 0.
 */
export function QualityBar(props: {
  score?: number;
  label?: string;
  width?: number;
}) {
  const label = props.label ?? 'Quality score';
  if (props.score === undefined) {
    return (
      <Text variant="body-small" color="secondary">
        not scored
      </Text>
    );
  }
  const score = Math.max(0, Math.min(100, Math.round(props.score)));
  return (
    <Flex align="center" gap="2">
      <div
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={score}
        style={{
          width: props.width ?? 80,
          height: 6,
          borderRadius: 3,
          background: 'var(--bui-bg-neutral-3)',
          overflow: 'hidden',
        }}
      >
        <div
          style={{
            width: `${score}%`,
            height: '100%',
            background: qualityColor(score),
          }}
        />
      </div>
      <Text variant="body-small">{score}</Text>
    </Flex>
  );
}
