import type { HostReadiness } from '@internal/plugin-harvester-common';
import { ToneChip } from '@internal/portal-react';
import { readinessTones } from '../shared/StateBadge';

const gradeLabels: Record<HostReadiness['grade'], string> = {
  production: 'Production ready',
  test: 'Test only',
  below: 'Below minimum',
  unknown: 'Unknown',
};

/**
 * How a host meets Harvester's hardware requirements; hovering lists
 * what it lacks (also its accessible description).
 */
export function ReadinessBadge(props: { readiness: HostReadiness }) {
  const { grade, unmet } = props.readiness;
  const detail = unmet.length
    ? `Unmet: ${unmet.join('; ')}`
    : 'All requirements met';
  return (
    <span
      role="note"
      aria-label={`Readiness: ${gradeLabels[grade]}. ${detail}`}
    >
      <ToneChip
        tone={readinessTones[grade]}
        label={gradeLabels[grade]}
        title={detail}
      />
    </span>
  );
}
