import { Flex, Text } from '@backstage/ui';
import type { GlossaryHistoryEntry } from '@internal/plugin-data-catalog-common';
import { EmptyText, formatTime } from '@internal/portal-react';
import { shortRef } from '../shared/refs';
import { GlossaryStatusChip } from '../shared/statusChips';

/** The term's workflow steps as a timeline, oldest first. */
export function TermHistory(props: { entries: GlossaryHistoryEntry[] }) {
  if (props.entries.length === 0) return <EmptyText>No history yet.</EmptyText>;
  const entries = [...props.entries].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <ol
      aria-label="Term history"
      style={{
        margin: 0,
        paddingLeft: 16,
        borderLeft: '2px solid var(--bui-border-1)',
      }}
    >
      {entries.map(entry => (
        <li key={entry.id} style={{ listStyle: 'none', marginBottom: 12 }}>
          <Flex align="center" gap="2">
            <Text weight="bold" variant="body-small">
              {entry.action}
            </Text>
            {entry.fromStatus ? (
              <>
                <GlossaryStatusChip status={entry.fromStatus} />
                <span aria-hidden>→</span>
              </>
            ) : null}
            <GlossaryStatusChip status={entry.toStatus} />
          </Flex>
          <Text as="p" variant="body-x-small" color="secondary">
            {shortRef(entry.actor)} · {formatTime(entry.at)}
          </Text>
          {entry.comment ? (
            <Text as="p" variant="body-small">
              “{entry.comment}”
            </Text>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
