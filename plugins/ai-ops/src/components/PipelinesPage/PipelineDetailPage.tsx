import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import { Button, Flex } from '@backstage/ui';
import {
  PIPELINE_DOMAIN_TITLES,
  PipelineDetail,
} from '@internal/plugin-ai-ops-common';
import {
  AsyncView,
  DetailHeading,
  ErrorNote,
  Panel,
  SectionTabs,
  TagList,
  ToneChip,
  useMutation,
} from '@internal/portal-react';
import { aiOpsApiRef } from '../../api/AiOpsApi';
import { PipelineGraphView } from '../shared/PipelineGraphView';
import { useLinks } from '../workspace/useLinks';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { ClonePipelineDialog } from './ClonePipelineDialog';
import { PipelineEditor } from './PipelineEditor';
import { VersionHistory } from './VersionHistory';

type Context = { workspace: string; pipeline: PipelineDetail; reload(): void };

const tabs = [
  {
    id: 'graph',
    label: 'Graph',
    render: (c: Context) => (
      <Panel title={`Version ${c.pipeline.currentVersion}`}>
        <PipelineGraphView graph={c.pipeline.graph} label="Pipeline graph" />
      </Panel>
    ),
  },
  {
    id: 'edit',
    label: 'Edit',
    render: (c: Context) => (
      <PipelineEditor
        key={c.pipeline.currentVersion}
        workspace={c.workspace}
        pipeline={c.pipeline}
        onSaved={c.reload}
      />
    ),
  },
  {
    id: 'versions',
    label: 'Versions',
    render: (c: Context) => (
      <VersionHistory
        workspace={c.workspace}
        pipeline={c.pipeline.name}
        currentVersion={c.pipeline.currentVersion}
      />
    ),
  },
];

/** One pipeline: its DAG, the editor, its versions; run it or clone it. */
export function PipelineDetailPage() {
  const { pipeline: name = '' } = useParams();
  const api = useApi(aiOpsApiRef);
  const workspace = useWorkspace();
  const links = useLinks();
  const navigate = useNavigate();
  const [cloning, setCloning] = useState(false);
  const start = useMutation();
  const pipeline = useAsyncRetry(
    () => api.getPipeline(workspace, name),
    [api, workspace, name],
  );

  const run = async (p: PipelineDetail) => {
    const started = await start.run(
      () => api.startRun(workspace, p.name),
      r => `Run #${r.runNumber} started`,
    );
    if (started) navigate(links.run(started.result.id));
  };

  return (
    <AsyncView result={pipeline}>
      {p => (
        <Flex direction="column" gap="4">
          <DetailHeading
            back={{ href: links.pipelines, label: 'Pipelines' }}
            title={p.title}
            badges={
              <>
                <ToneChip
                  tone="info"
                  label={PIPELINE_DOMAIN_TITLES[p.domain] ?? p.domain}
                />
                <ToneChip tone="neutral" label={`v${p.currentVersion}`} />
              </>
            }
            subtitle={
              <>
                {`${p.name} · owner ${p.owner}`}
                <TagList label="Tags" tags={p.tags} />
              </>
            }
            actions={
              <>
                <Button variant="secondary" onPress={() => setCloning(true)}>
                  Clone
                </Button>
                <Button
                  variant="primary"
                  isPending={start.pending}
                  onPress={() => run(p)}
                >
                  Run
                </Button>
              </>
            }
          />
          <ErrorNote message={start.error} />
          {p.description ? <p style={{ margin: 0 }}>{p.description}</p> : null}
          <SectionTabs
            label="Pipeline sections"
            tabs={tabs}
            context={{ workspace, pipeline: p, reload: pipeline.retry }}
          />
          {cloning ? (
            <ClonePipelineDialog
              workspace={workspace}
              pipeline={p}
              onCancel={() => setCloning(false)}
              onCloned={clone => {
                setCloning(false);
                navigate(links.pipeline(clone.name));
              }}
            />
          ) : null}
        </Flex>
      )}
    </AsyncView>
  );
}
