import { Suspense } from 'react';
import { Route, Routes, useResolvedPath } from 'react-router-dom';
import { NotFoundErrorPage } from '@backstage/frontend-plugin-api';
import { Progress } from '@backstage/core-components';
import { Container, HeaderTab, PluginHeader } from '@backstage/ui';
import DnsIcon from '@material-ui/icons/Dns';
import { ClusterSelect } from '../shared/ClusterSelect';
import { useClusterFilter } from '../shared/useClusterFilter';
import { detailPages, sections } from './sections';
import { queryString } from '@internal/portal-react';

/**
 * Harvester: one header with Harvester's own navigation as tabs and the
 * cluster picker every section shares, then the section. The tabs carry
 * `?cluster=` along, so switching sections keeps the cluster.
 */
export function HarvesterPage() {
  const base = useResolvedPath('.').pathname.replace(/\/$/, '');
  const { cluster } = useClusterFilter();
  const query = queryString({ cluster });
  const tabs: HeaderTab[] = sections.map(({ path, label }) => ({
    id: path || 'dashboard',
    label,
    href: `${path ? `${base}/${path}` : base || '/'}${query}`,
    matchStrategy: path ? 'prefix' : 'exact',
  }));

  return (
    <>
      <PluginHeader
        title="Harvester"
        titleLink={base || '/'}
        icon={<DnsIcon fontSize="inherit" />}
        tabs={tabs}
        customActions={<ClusterSelect />}
      />
      <Container my="6">
        <Suspense fallback={<Progress />}>
          <Routes>
            {sections.map(({ path, Page }) => (
              <Route
                key={path || 'dashboard'}
                path={path ? `${path}/*` : '/'}
                element={<Page />}
              />
            ))}
            <Route path="hosts/:cluster/:name" element={<detailPages.host />} />
            <Route
              path="vms/:cluster/:namespace/:name"
              element={<detailPages.vm />}
            />
            <Route path="*" element={<NotFoundErrorPage />} />
          </Routes>
        </Suspense>
      </Container>
    </>
  );
}
