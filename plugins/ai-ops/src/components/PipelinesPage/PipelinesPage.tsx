import { useNavigate, useSearchParams } from 'react-router-dom';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import { Button, Flex, SearchField, TextField } from '@backstage/ui';
import {
  PIPELINE_DOMAIN_TITLES,
  PIPELINE_DOMAINS,
  PipelineDomain,
} from '@internal/plugin-ai-ops-common';
import {
  AsyncView,
  FilterSelect,
  ListTable,
  Panel,
  plural,
} from '@internal/portal-react';
import { aiOpsApiRef } from '../../api/AiOpsApi';
import { useLinks } from '../workspace/useLinks';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { CreatePipelineDialog } from './CreatePipelineDialog';
import { pipelineColumns } from './pipelineColumns';

const PAGE_SIZE = 20;

/**
 * The workspace's pipelines: search, domain and tag filters and the page
 * kept in the URL; "New pipeline" (or `?create=1`) starts one from a
 * domain template.
 */
export function PipelinesPage() {
  const api = useApi(aiOpsApiRef);
  const workspace = useWorkspace();
  const links = useLinks();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? undefined;
  const domain = (params.get('domain') ?? undefined) as
    | PipelineDomain
    | undefined;
  const tag = params.get('tag') ?? undefined;
  const offset = Number(params.get('offset') ?? 0) || 0;
  const creating = params.get('create') === '1';
  const pipelines = useAsyncRetry(
    () =>
      api.listPipelines(workspace, {
        q,
        domain,
        tag,
        offset,
        limit: PAGE_SIZE,
      }),
    [api, workspace, q, domain, tag, offset],
  );

  const setParam = (key: string, value: string | undefined) =>
    setParams(
      current => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        if (key !== 'offset' && key !== 'create') next.delete('offset');
        return next;
      },
      { replace: true },
    );

  return (
    <Panel
      title="Pipelines"
      subtitle={
        pipelines.value
          ? plural(pipelines.value.totalCount, 'pipeline')
          : undefined
      }
      actions={
        <Button variant="primary" onPress={() => setParam('create', '1')}>
          New pipeline
        </Button>
      }
    >
      <Flex gap="3" mb="3" align="end" style={{ flexWrap: 'wrap' }}>
        <SearchField
          label="Search pipelines"
          placeholder="Name, title, description or tag"
          value={q ?? ''}
          onChange={value => setParam('q', value || undefined)}
        />
        <FilterSelect
          label="Domain"
          anyLabel="Any domain"
          options={PIPELINE_DOMAINS.map(d => ({
            id: d,
            label: PIPELINE_DOMAIN_TITLES[d],
          }))}
          value={domain}
          onChange={value => setParam('domain', value)}
        />
        <TextField
          label="Tag"
          value={tag ?? ''}
          onChange={value => setParam('tag', value.trim() || undefined)}
        />
      </Flex>
      <AsyncView result={pipelines}>
        {page => (
          <>
            <ListTable
              columns={pipelineColumns(links)}
              rows={page.items}
              empty="No pipelines match. Start one with New pipeline."
            />
            <Flex justify="end" gap="2" mt="3">
              <Button
                variant="secondary"
                isDisabled={offset === 0}
                onPress={() =>
                  setParam('offset', String(Math.max(0, offset - PAGE_SIZE)))
                }
              >
                Previous
              </Button>
              <Button
                variant="secondary"
                isDisabled={page.nextOffset === undefined}
                onPress={() => setParam('offset', String(page.nextOffset))}
              >
                Next
              </Button>
            </Flex>
          </>
        )}
      </AsyncView>
      {creating ? (
        <CreatePipelineDialog
          workspace={workspace}
          onCancel={() => setParam('create', undefined)}
          onCreated={created => navigate(links.pipeline(created.name))}
        />
      ) : null}
    </Panel>
  );
}
