import { Route, Routes } from 'react-router-dom';
import { UrlTabs } from '@internal/portal-react';
import { ConnectionsPanel } from './ConnectionsPanel';
import { DatasetDetailPage } from './DatasetDetailPage';
import { DatasetsPanel } from './DatasetsPanel';

const tabs = [
  { id: 'datasets', label: 'Datasets', content: () => <DatasetsPanel /> },
  {
    id: 'connections',
    label: 'Connections',
    content: () => <ConnectionsPanel />,
  },
];

/** `datasets/`: datasets and connections as tabs; `datasets/:dataset`: one. */
export function DatasetsSection() {
  return (
    <Routes>
      <Route path="/" element={<UrlTabs label="Data sections" tabs={tabs} />} />
      <Route path=":dataset" element={<DatasetDetailPage />} />
    </Routes>
  );
}
