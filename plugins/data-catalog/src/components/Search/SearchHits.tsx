import { Flex, Link, Text } from '@backstage/ui';
import type { SearchHit } from '@internal/plugin-data-catalog-common';
import { ToneChip } from '@internal/portal-react';
import { QualityBar } from '../shared/QualityBar';
import { shortRef } from '../shared/refs';
import type { CatalogLinks } from '../shared/useCatalogLinks';
import { Highlight } from './Highlight';

/** Where a hit leads: its table (column tab for columns), term or tag. */
export function hitHref(hit: SearchHit, links: CatalogLinks): string {
  switch (hit.kind) {
    case 'table':
      return hit.entityRef ? links.table(hit.entityRef) : '';
    case 'column':
      return hit.entityRef ? links.table(hit.entityRef, 'columns') : '';
    case 'term':
      return links.term(hit.id);
    default:
      return links.tables({ tag: hit.title });
  }
}

function HitCard(props: { hit: SearchHit; links: CatalogLinks }) {
  const { hit } = props;
  const context = [
    hit.column && hit.entityRef ? `in ${shortRef(hit.entityRef)}` : '',
    hit.platform ?? '',
    hit.owner ? `owner ${shortRef(hit.owner)}` : '',
    hit.domain ? `domain ${hit.domain}` : '',
    hit.tags.length ? `tags ${hit.tags.join(', ')}` : '',
  ].filter(Boolean);
  return (
    <article aria-label={hit.title} style={{ padding: '8px 0' }}>
      <Flex align="center" gap="2">
        <ToneChip tone="neutral" label={hit.kind} />
        <Link href={hitHref(hit, props.links)} weight="bold">
          <Highlight html={hit.highlight.title} />
        </Link>
        {hit.qualityScore !== undefined ? (
          <QualityBar score={hit.qualityScore} width={50} />
        ) : null}
      </Flex>
      <Text as="p" variant="body-small">
        <Highlight html={hit.highlight.text} />
      </Text>
      {context.length ? (
        <Text as="p" variant="body-x-small" color="secondary">
          {context.join(' · ')}
        </Text>
      ) : null}
    </article>
  );
}

/** A column hit's id is its table's ref, so the column makes it unique. */
function hitKey(hit: SearchHit): string {
  return `${hit.kind}:${hit.id}:${hit.column ?? ''}`;
}

/** The ranked hits, best first. */
export function SearchHits(props: { hits: SearchHit[]; links: CatalogLinks }) {
  return (
    <div role="feed" aria-label="Search results">
      {props.hits.map(hit => (
        <HitCard key={hitKey(hit)} hit={hit} links={props.links} />
      ))}
    </div>
  );
}
