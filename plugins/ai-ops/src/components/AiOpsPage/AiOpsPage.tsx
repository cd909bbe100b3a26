import { Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { NotFoundErrorPage } from '@backstage/frontend-plugin-api';
import { Progress } from '@backstage/core-components';
import { Container, HeaderTab, PluginHeader } from '@backstage/ui';
import AccountTreeIcon from '@material-ui/icons/AccountTree';
import { useLinks } from '../workspace/useLinks';
import { WorkspaceProvider } from '../workspace/WorkspaceContext';
import { WorkspaceGate } from '../workspace/WorkspaceGate';
import { WorkspacePicker } from '../workspace/WorkspacePicker';
import { sections } from './sections';

/**
 * AI-Ops: one header with the sections as tabs and the workspace picker,
 * then the section, scoped to the chosen workspace.
 */
export function AiOpsPage() {
  return (
    <WorkspaceProvider>
      <AiOpsLayout />
    </WorkspaceProvider>
  );
}

function AiOpsLayout() {
  const links = useLinks();
  const tabs: HeaderTab[] = sections.map(({ path, label }) => ({
    id: path || 'home',
    label,
    href: `${path ? `${links.base}/${path}` : links.base || '/'}${links.query}`,
    matchStrategy: path ? 'prefix' : 'exact',
  }));
  return (
    <>
      <PluginHeader
        title="AI-Ops"
        titleLink={links.home}
        icon={<AccountTreeIcon fontSize="inherit" />}
        tabs={tabs}
        customActions={<WorkspacePicker />}
      />
      <Container my="6">
        <WorkspaceGate>
          <Suspense fallback={<Progress />}>
            <Routes>
              {sections.map(({ path, Page }) => (
                <Route
                  key={path || 'home'}
                  path={path ? `${path}/*` : '/'}
                  element={<Page />}
                />
              ))}
              <Route path="*" element={<NotFoundErrorPage />} />
            </Routes>
          </Suspense>
        </WorkspaceGate>
      </Container>
    </>
  );
}
