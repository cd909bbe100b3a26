import {
  createRouteRef,
  createSubRouteRef,
} from '@backstage/frontend-plugin-api';

/** AI-Ops' pages; the home page is the root, each section a path below. */
export const rootRouteRef = createRouteRef();

function page<Path extends string>(path: Path) {
  return createSubRouteRef({ parent: rootRouteRef, path });
}

export const pipelinesRouteRef = page('/pipelines');
export const pipelineRouteRef = page('/pipelines/:pipeline');
export const runsRouteRef = page('/runs');
export const runRouteRef = page('/runs/:runId');
export const datasetsRouteRef = page('/datasets');
export const datasetRouteRef = page('/datasets/:dataset');
export const schedulesRouteRef = page('/schedules');
