import { Flex, Link, Text } from '@backstage/ui';
import LockIcon from '@material-ui/icons/Lock';
import type {
  ColumnStats,
  DataColumn,
} from '@internal/plugin-data-catalog-common';
import { ToneChip } from '@internal/portal-react';
import { formatRatio } from '../shared/format';
import type { CatalogLinks } from '../shared/useCatalogLinks';

/** PK / FK badges and where a foreign key points. */
export function KeyBadges(props: { column: DataColumn }) {
  const { isPrimaryKey, foreignKey } = props.column;
  return (
    <Flex gap="1" align="center">
      {isPrimaryKey ? (
        <ToneChip tone="info" label="PK" title="Primary key" />
      ) : null}
      {foreignKey ? (
        <ToneChip
          tone="neutral"
          label="FK"
          title={`${foreignKey.constraint} → ${foreignKey.schema}.${foreignKey.table}.${foreignKey.column}`}
        />
      ) : null}
    </Flex>
  );
}

/** Null and distinct shares of the last profile. */
export function StatsSummary(props: { stats?: ColumnStats }) {
  if (!props.stats) {
    return (
      <Text variant="body-x-small" color="secondary">
        not profiled
      </Text>
    );
  }
  const { stats } = props;
  return (
    <Text variant="body-x-small">
      {formatRatio(stats.nullRatio)} null · {formatRatio(stats.distinctRatio)}{' '}
      distinct
      {stats.min !== undefined ? ` · ${stats.min} … ${stats.max}` : ''}
    </Text>
  );
}

/**
 * Sample values; a PII column's samples come masked unless the user may
 * read PII, which the lock says.
 */
export function Samples(props: { stats?: ColumnStats }) {
  const { stats } = props;
  if (!stats || stats.samples.length === 0) return <Text>—</Text>;
  return (
    <Flex gap="1" align="center">
      {stats.masked ? (
        <LockIcon
          titleAccess="Masked: reading PII samples needs the data-catalog.pii.read permission"
          style={{ fontSize: 14 }}
        />
      ) : null}
      <Text
        variant="body-x-small"
        style={{ fontFamily: 'var(--bui-font-monospace)' }}
      >
        {stats.samples.join(', ')}
      </Text>
    </Flex>
  );
}

/** Glossary terms linked to a column, each to its term page. */
export function TermLinks(props: {
  terms: { id: string; name: string }[];
  links: CatalogLinks;
}) {
  if (props.terms.length === 0) return null;
  return (
    <Flex gap="1" style={{ flexWrap: 'wrap' }}>
      {props.terms.map(term => (
        <Link
          key={term.id}
          href={props.links.term(term.id)}
          variant="body-x-small"
        >
          {term.name}
        </Link>
      ))}
    </Flex>
  );
}
