import { Flex, Link, Text } from '@backstage/ui';
import type { DataAssetDetail } from '@internal/plugin-data-catalog-common';
import { formatTime, timeAgo, ToneChip } from '@internal/portal-react';
import { PlatformLabel } from '../shared/PlatformLabel';
import { QualityBar } from '../shared/QualityBar';
import { shortRef } from '../shared/refs';
import { TagChips } from '../shared/TagChips';
import { useCatalogLinks } from '../shared/useCatalogLinks';
import { FavoriteStar } from './FavoriteStar';

/** Older than this and the data is called stale. */
const STALE_AFTER_MS = 24 * 3600 * 1000;

function Freshness(props: { updatedAt?: string }) {
  if (!props.updatedAt) {
    return <ToneChip tone="neutral" label="freshness unknown" />;
  }
  const age = Date.now() - new Date(props.updatedAt).getTime();
  return (
    <ToneChip
      tone={age > STALE_AFTER_MS ? 'warning' : 'success'}
      label={`updated ${timeAgo(props.updatedAt)}`}
      title={formatTime(props.updatedAt)}
    />
  );
}

/**
 * What a reader needs to trust a table before using it: who owns it, how
 * good and how fresh it is, where it comes from.
 */
export function TableHeader(props: { detail: DataAssetDetail }) {
  const { detail } = props;
  const links = useCatalogLinks();
  return (
    <Flex direction="column" gap="2">
      <Text variant="body-small">
        <Link href={links.tables()}>Tables</Link> /{' '}
        <Link href={links.source(detail.sourceId)}>{detail.sourceId}</Link>
      </Text>
      <Flex align="center" gap="2">
        <Text as="h1" variant="title-medium">
          {detail.name}
        </Text>
        <ToneChip tone="info" label={detail.kind} />
        <FavoriteStar
          entityRef={detail.entityRef}
          favorite={detail.trust.favorite}
        />
      </Flex>
      <Text as="p" variant="body-small" color="secondary">
        {detail.qualifiedName}
      </Text>
      <Flex gap="4" align="center" style={{ flexWrap: 'wrap' }}>
        <PlatformLabel platform={detail.platform} />
        <Text variant="body-small">Owner {shortRef(detail.owner)}</Text>
        {detail.domain ? (
          <Text variant="body-small">Domain {detail.domain}</Text>
        ) : null}
        <QualityBar score={detail.trust.quality.score ?? detail.qualityScore} />
        <Freshness updatedAt={detail.trust.lastUpdatedAt} />
        <Text
          variant="body-x-small"
          color="secondary"
          title={formatTime(detail.trust.lastSyncedAt)}
        >
          synced {timeAgo(detail.trust.lastSyncedAt)} ·{' '}
          {detail.trust.usage.views30d} views in 30 days ·{' '}
          {detail.trust.usage.favorites} favourites
        </Text>
      </Flex>
      <TagChips tags={detail.tags} />
    </Flex>
  );
}
