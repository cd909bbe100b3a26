import useAsync from 'react-use/esm/useAsync';
import { identityApiRef, useApi } from '@backstage/frontend-plugin-api';
import { ButtonLink, Flex, Grid, Text } from '@backstage/ui';
import { AsyncView, Panel } from '@internal/portal-react';
import { dataCatalogApiRef } from '../../api/DataCatalogApi';
import { useCatalogLinks } from '../shared/useCatalogLinks';
import { ActivityFeed } from './ActivityFeed';
import { CoverageCharts } from './CoverageCharts';
import { FavoriteTables } from './FavoriteTables';
import { SummaryMetrics } from './SummaryMetrics';
import { TrendingChart } from './TrendingChart';

/** The display name from the profile, else the user ref's name. */
function useDisplayName(): string | undefined {
  const identityApi = useApi(identityApiRef);
  const { value } = useAsync(async () => {
    const profile = await identityApi.getProfileInfo();
    if (profile.displayName) return profile.displayName;
    const { userEntityRef } = await identityApi.getBackstageIdentity();
    return userEntityRef.split('/').pop();
  }, [identityApi]);
  return value;
}

/** The catalog at a glance: size, health, what is popular and what changed. */
export function DashboardPage() {
  const api = useApi(dataCatalogApiRef);
  const links = useCatalogLinks();
  const name = useDisplayName();
  const summary = useAsync(() => api.getDashboard(), [api]);
  // The quality bands come from search facets; the dashboard works without.
  const bands = useAsync(
    () =>
      api
        .search({ q: '', kind: ['table'], limit: 1 })
        .then(response => response.facets.quality)
        .catch(() => undefined),
    [api],
  );

  return (
    <Flex direction="column" gap="4">
      <Flex justify="between" align="center">
        <Text as="h1" variant="title-small">
          {name ? `Welcome, ${name}` : 'Welcome'}
        </Text>
        <Flex gap="2">
          <ButtonLink variant="secondary" href={links.search()}>
            Search the catalog
          </ButtonLink>
          <ButtonLink variant="secondary" href={links.tables()}>
            Browse tables
          </ButtonLink>
        </Flex>
      </Flex>
      <AsyncView result={summary}>
        {value => (
          <Flex direction="column" gap="4">
            <SummaryMetrics summary={value} />
            <Grid.Root columns={{ initial: '1', md: '3' }} gap="4">
              <Grid.Item colSpan={{ initial: '1', md: '2' }}>
                <Panel
                  title="Trending tables"
                  subtitle="Views in the last 7 days"
                >
                  <TrendingChart trending={value.trending} />
                </Panel>
              </Grid.Item>
              <Panel title="Favourites">
                <FavoriteTables favorites={value.favorites} />
              </Panel>
              <Grid.Item colSpan={{ initial: '1', md: '2' }}>
                <Panel title="Coverage and quality">
                  <CoverageCharts
                    documentedPercent={value.documentedPercent}
                    qualityBands={bands.value}
                  />
                </Panel>
              </Grid.Item>
              <Panel title="Recent activity">
                <ActivityFeed entries={value.activity} />
              </Panel>
            </Grid.Root>
          </Flex>
        )}
      </AsyncView>
    </Flex>
  );
}
