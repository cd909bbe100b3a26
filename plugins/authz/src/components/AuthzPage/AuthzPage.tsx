import { Route, Routes, useResolvedPath } from 'react-router-dom';
import { NotFoundErrorPage } from '@backstage/frontend-plugin-api';
import { Container, PluginHeader } from '@backstage/ui';
import SecurityIcon from '@material-ui/icons/Security';
import { DashboardPage } from '../Dashboard/DashboardPage';
import { UsersPage } from '../Users/UsersPage';
import { GroupsPage } from '../Groups/GroupsPage';
import { DepartmentsPage } from '../Departments/DepartmentsPage';
import { RolesPage } from '../Roles/RolesPage';
import { PoliciesPage } from '../Policies/PoliciesPage';
import { AuditPage } from '../Audit/AuditPage';

const sections = [
  { path: '', label: 'Dashboard', element: <DashboardPage /> },
  { path: 'users', label: 'Users', element: <UsersPage /> },
  { path: 'groups', label: 'Groups', element: <GroupsPage /> },
  { path: 'departments', label: 'Departments', element: <DepartmentsPage /> },
  { path: 'roles', label: 'Roles', element: <RolesPage /> },
  { path: 'policies', label: 'Policies', element: <PoliciesPage /> },
  { path: 'audit', label: 'Audit log', element: <AuditPage /> },
];

/**
 * The Access admin UI: one header with a tab per section, each section a
 * route below the page's own path.
 */
export function AuthzPage() {
  const base = useResolvedPath('.').pathname.replace(/\/$/, '');
  const tabs = sections.map(section => ({
    id: section.path || 'dashboard',
    label: section.label,
    href: section.path ? `${base}/${section.path}` : base || '/',
    matchStrategy: section.path ? ('prefix' as const) : ('exact' as const),
  }));

  return (
    <>
      <PluginHeader
        title="Access"
        titleLink={base || '/'}
        icon={<SecurityIcon fontSize="inherit" />}
        tabs={tabs}
      />
      <Container my="6">
        <Routes>
          {sections.map(section => (
            <Route
              key={section.path || 'dashboard'}
              path={section.path ? `${section.path}/*` : '/'}
              element={section.element}
            />
          ))}
          <Route path="*" element={<NotFoundErrorPage />} />
        </Routes>
      </Container>
    </>
  );
}
