import {
  ApiBlueprint,
  PageBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import AccountTreeIcon from '@material-ui/icons/AccountTree';
import { aiOpsApiRef } from './api/AiOpsApi';
import { AiOpsClient } from './api/AiOpsClient';
import {
  datasetRouteRef,
  datasetsRouteRef,
  pipelineRouteRef,
  pipelinesRouteRef,
  rootRouteRef,
  runRouteRef,
  runsRouteRef,
  schedulesRouteRef,
} from './routes';

export const aiOpsApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: aiOpsApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new AiOpsClient(deps),
    }),
});

/**
 * AI-Ops, extension id `page:ai-ops` at /ai-ops. It draws its own header
 * with the sections as tabs and the workspace picker.
 */
export const aiOpsPage = PageBlueprint.make({
  params: {
    path: '/ai-ops',
    routeRef: rootRouteRef,
    title: 'AI-Ops',
    icon: <AccountTreeIcon fontSize="inherit" />,
    noHeader: true,
    loader: () =>
      import('./components/AiOpsPage/AiOpsPage').then(m => <m.AiOpsPage />),
  },
});

export const aiOpsPlugin = createFrontendPlugin({
  pluginId: 'ai-ops',
  title: 'AI-Ops',
  icon: <AccountTreeIcon fontSize="inherit" />,
  routes: {
    root: rootRouteRef,
    pipelines: pipelinesRouteRef,
    pipeline: pipelineRouteRef,
    runs: runsRouteRef,
    run: runRouteRef,
    datasets: datasetsRouteRef,
    dataset: datasetRouteRef,
    schedules: schedulesRouteRef,
  },
  extensions: [aiOpsApi, aiOpsPage],
});

export default aiOpsPlugin;
