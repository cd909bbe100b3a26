import { Text } from '@backstage/ui';
import type { AuditEntry } from '@internal/plugin-authz-common';
import { DetailPanel, DetailSection } from '../shared/DetailPanel';
import { JsonPreview } from '../shared/JsonPreview';
import { ResultBadge } from '../shared/ResultBadge';
import { formatTime } from '../shared/time';
import { describeEntry } from './auditColumns';

/** One audit entry: the essentials, then the raw JSON. */
export function AuditEntryPanel(props: { entry: AuditEntry; onClose(): void }) {
  const { entry } = props;
  const { who, what, target } = describeEntry(entry);
  return (
    <DetailPanel
      label="Audit entry"
      title={what}
      subtitle={`${entry.kind} · ${formatTime(entry.time)}`}
      onClose={props.onClose}
    >
      <DetailSection title="Principal">
        <Text variant="body-small">{who}</Text>
      </DetailSection>
      <DetailSection title="Resource">
        <Text variant="body-small">{target}</Text>
      </DetailSection>
      {entry.kind === 'decision' && (
        <DetailSection title="Decision">
          <ResultBadge result={entry.result} />
          <Text as="p" variant="body-small">
            {entry.summary}
          </Text>
        </DetailSection>
      )}
      <DetailSection title="Raw entry">
        <JsonPreview label="Raw audit entry" value={entry} />
      </DetailSection>
    </DetailPanel>
  );
}
