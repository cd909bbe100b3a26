import type {
  GlossaryStatus,
  PiiLevel,
  SchemaChangeSeverity,
  SyncStatus,
} from '@internal/plugin-data-catalog-common';
import { Tone, ToneChip } from '@internal/portal-react';

const syncTones: Record<SyncStatus, Tone> = {
  running: 'info',
  succeeded: 'success',
  failed: 'danger',
  interrupted: 'warning',
};

export function SyncStatusChip(props: { status: SyncStatus }) {
  return <ToneChip tone={syncTones[props.status]} label={props.status} />;
}

const severityTones: Record<SchemaChangeSeverity, Tone> = {
  breaking: 'danger',
  warning: 'warning',
  info: 'info',
};

export function SeverityChip(props: { severity: SchemaChangeSeverity }) {
  return (
    <ToneChip tone={severityTones[props.severity]} label={props.severity} />
  );
}

const glossaryTones: Record<GlossaryStatus, Tone> = {
  draft: 'neutral',
  'in-review': 'info',
  approved: 'success',
  rejected: 'danger',
  deprecated: 'warning',
};

export function GlossaryStatusChip(props: { status: GlossaryStatus }) {
  return <ToneChip tone={glossaryTones[props.status]} label={props.status} />;
}

const piiTones: Record<PiiLevel, Tone> = {
  none: 'neutral',
  low: 'info',
  medium: 'warning',
  high: 'danger',
};

export function PiiChip(props: { level: PiiLevel }) {
  return <ToneChip tone={piiTones[props.level]} label={`PII ${props.level}`} />;
}
