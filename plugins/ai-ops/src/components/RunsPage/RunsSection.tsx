import { Route, Routes } from 'react-router-dom';
import { RunDetailPage } from './RunDetailPage';
import { RunsPage } from './RunsPage';

/** `runs/` lists the workspace's runs; `runs/:runId` shows one. */
export function RunsSection() {
  return (
    <Routes>
      <Route path="/" element={<RunsPage />} />
      <Route path=":runId" element={<RunDetailPage />} />
    </Routes>
  );
}
