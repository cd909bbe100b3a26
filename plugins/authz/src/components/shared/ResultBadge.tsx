import type { DecisionResult } from '@internal/plugin-authz-common';
import { StatusChip, StatusTone } from './StatusChip';

const tones: Record<DecisionResult, StatusTone> = {
  ALLOW: 'ok',
  DENY: 'error',
  CONDITIONAL: 'warning',
};

/** ALLOW / DENY / CONDITIONAL with its colour. */
export function ResultBadge(props: { result: DecisionResult }) {
  return <StatusChip tone={tones[props.result]} label={props.result} />;
}
