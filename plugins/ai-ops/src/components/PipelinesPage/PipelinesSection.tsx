import { Route, Routes } from 'react-router-dom';
import { PipelineDetailPage } from './PipelineDetailPage';
import { PipelinesPage } from './PipelinesPage';

/** `pipelines/` lists the workspace's pipelines; `pipelines/:pipeline` shows one. */
export function PipelinesSection() {
  return (
    <Routes>
      <Route path="/" element={<PipelinesPage />} />
      <Route path=":pipeline" element={<PipelineDetailPage />} />
    </Routes>
  );
}
