import { Route, Routes, useResolvedPath } from 'react-router-dom';
import { NotFoundErrorPage } from '@backstage/frontend-plugin-api';
import { Container, HeaderTab, PluginHeader } from '@backstage/ui';
import StorageIcon from '@material-ui/icons/Storage';
import { DashboardPage } from '../Dashboard/DashboardPage';
import { CatalogsPage } from '../Catalogs/CatalogsPage';
import { SourceDetailPage } from '../Catalogs/SourceDetailPage';
import { TablesPage } from '../Tables/TablesPage';
import { TableDetailPage } from '../TableDetail/TableDetailPage';
import { SearchPage } from '../Search/SearchPage';
import { GlossaryPage } from '../Glossary/GlossaryPage';
import { TermDetailPage } from '../Glossary/TermDetailPage';
import { TagsPage } from '../Tags/TagsPage';

/** Header tabs; each section owns the paths below its own. */
const sections = [
  { path: '', label: 'Dashboard' },
  { path: 'catalogs', label: 'Catalogs' },
  { path: 'tables', label: 'Tables' },
  { path: 'search', label: 'Search' },
  { path: 'glossary', label: 'Glossary' },
  { path: 'tags', label: 'Tags' },
];

/** The Data Catalog: one header with a tab per section, then the section. */
export function DataCatalogPage() {
  const base = useResolvedPath('.').pathname.replace(/\/$/, '');
  const tabs: HeaderTab[] = sections.map(({ path, label }) => ({
    id: path || 'dashboard',
    label,
    href: path ? `${base}/${path}` : base || '/',
    matchStrategy: path ? 'prefix' : 'exact',
  }));

  return (
    <>
      <PluginHeader
        title="Data Catalog"
        titleLink={base || '/'}
        icon={<StorageIcon fontSize="inherit" />}
        tabs={tabs}
      />
      <Container my="6">
        <Routes>
          <Route path="/" element={<DashboardPage />} />
          <Route path="catalogs" element={<CatalogsPage />} />
          <Route path="catalogs/:sourceId" element={<SourceDetailPage />} />
          <Route path="tables" element={<TablesPage />} />
          <Route path="tables/:namespace/:name" element={<TableDetailPage />} />
          <Route path="search" element={<SearchPage />} />
          <Route path="glossary" element={<GlossaryPage />} />
          <Route path="glossary/:termId" element={<TermDetailPage />} />
          <Route path="tags" element={<TagsPage />} />
          <Route path="*" element={<NotFoundErrorPage />} />
        </Routes>
      </Container>
    </>
  );
}
