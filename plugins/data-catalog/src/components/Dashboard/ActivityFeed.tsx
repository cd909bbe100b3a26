import { Flex, Link, Text } from '@backstage/ui';
import type { ActivityEntry } from '@internal/plugin-data-catalog-common';
import { EmptyText } from '@internal/portal-react';
import { Byline } from '../shared/Byline';
import { tableParams } from '../shared/refs';
import { CatalogLinks, useCatalogLinks } from '../shared/useCatalogLinks';

const typeLabels: Record<ActivityEntry['type'], string> = {
  sync: 'Sync',
  'schema-change': 'Schema',
  'doc-edit': 'Docs',
  tag: 'Tags',
  glossary: 'Glossary',
  discussion: 'Discussion',
  source: 'Source',
};

/** Sync and source entries point at a source (`resource:<id>/<id>`). */
function linkOf(entry: ActivityEntry, links: CatalogLinks) {
  if (!entry.entityRef) return undefined;
  if (entry.type === 'sync' || entry.type === 'source') {
    return links.source(tableParams(entry.entityRef).namespace);
  }
  return links.table(entry.entityRef);
}

/** What happened in the catalog lately, newest first. */
export function ActivityFeed(props: { entries: ActivityEntry[] }) {
  const links = useCatalogLinks();
  if (props.entries.length === 0) {
    return <EmptyText>Nothing happened yet.</EmptyText>;
  }
  return (
    <ul aria-label="Recent activity" style={{ margin: 0, padding: 0 }}>
      {props.entries.map(entry => {
        const href = linkOf(entry, links);
        return (
          <li key={entry.id} style={{ listStyle: 'none', marginBottom: 8 }}>
            <Flex gap="2" align="baseline">
              <Text variant="body-x-small" weight="bold" color="secondary">
                {typeLabels[entry.type]}
              </Text>
              {href ? (
                <Link href={href}>{entry.summary}</Link>
              ) : (
                <Text variant="body-small">{entry.summary}</Text>
              )}
            </Flex>
            <Byline actor={entry.actor} at={entry.at} />
          </li>
        );
      })}
    </ul>
  );
}
