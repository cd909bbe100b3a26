import { Flex, Grid, Link, Text } from '@backstage/ui';
import type { DataSource } from '@internal/plugin-data-catalog-common';
import { formatTime, plural } from '@internal/portal-react';
import { LabeledValue } from '../shared/LabeledValue';
import { PlatformLabel } from '../shared/PlatformLabel';
import { shortRef } from '../shared/refs';

/** Who owns a source, where it lives and what it holds. */
export function SourceOverview(props: {
  source: DataSource;
  tablesHref: string;
}) {
  const { source } = props;
  const { connection, counts } = source;
  return (
    <Flex direction="column" gap="3">
      {source.description ? <Text as="p">{source.description}</Text> : null}
      <Grid.Root columns={{ initial: '2', md: '4' }} gap="3">
        <LabeledValue label="Platform">
          <PlatformLabel platform={source.platform} />
        </LabeledValue>
        <LabeledValue label="Owner">{shortRef(source.owner)}</LabeledValue>
        <LabeledValue label="Domain">{source.domain ?? '—'}</LabeledValue>
        <LabeledValue label="Schedule">
          {source.schedule ?? 'on demand'}
        </LabeledValue>
        <LabeledValue label="Connection">
          {connection.user}@{connection.host}:{connection.port}
          {connection.ssl ? ' (TLS)' : ''}
        </LabeledValue>
        <LabeledValue label="Databases">
          {connection.databases.length
            ? connection.databases.join(', ')
            : 'all the user can open'}
        </LabeledValue>
        <LabeledValue label="Password">
          {connection.passwordRef ?? 'none'}
        </LabeledValue>
        <LabeledValue label="Registered">
          {formatTime(source.createdAt)} by {shortRef(source.createdBy)}
        </LabeledValue>
      </Grid.Root>
      <Text as="p" variant="body-small">
        {plural(counts.databases, 'database')} ·{' '}
        {plural(counts.schemas, 'schema')} · {plural(counts.tables, 'table')} ·{' '}
        {plural(counts.views, 'view')} ·{' '}
        <Link href={props.tablesHref}>Browse its tables</Link>
      </Text>
    </Flex>
  );
}
