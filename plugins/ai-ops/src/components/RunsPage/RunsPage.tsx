import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import { Button, Flex } from '@backstage/ui';
import { RUN_STATES, TRIGGER_TYPES } from '@internal/plugin-ai-ops-common';
import {
  asOptions,
  AsyncView,
  FilterSelect,
  ListTable,
  Panel,
} from '@internal/portal-react';
import { aiOpsApiRef } from '../../api/AiOpsApi';
import { useLinks } from '../workspace/useLinks';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { runColumns } from './runColumns';
import { useLiveRuns } from './useLiveRuns';

const FILTERS = ['state', 'pipeline', 'trigger'] as const;

/**
 * The workspace's runs, newest first, filtered by state, pipeline and
 * trigger (kept in the URL), a page at a time by the server's cursor,
 * kept current by the workspace's run stream.
 */
export function RunsPage() {
  const api = useApi(aiOpsApiRef);
  const workspace = useWorkspace();
  const links = useLinks();
  const [params, setParams] = useSearchParams();
  const filter = Object.fromEntries(
    FILTERS.map(key => [key, params.get(key) ?? undefined]),
  );
  // Cursors of the pages before this one, to go back.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const { result: runs } = useLiveRuns(workspace, {
    ...filter,
    cursor,
    limit: 25,
  });
  const pipelines = useAsyncRetry(
    () => api.listPipelines(workspace, { limit: 200 }),
    [api, workspace],
  );

  const setFilter = (key: string, value: string | undefined) => {
    setCursors([undefined]);
    setParams(
      current => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  };

  return (
    <Panel title="Runs" subtitle="newest first">
      <Flex gap="3" mb="3" style={{ flexWrap: 'wrap' }}>
        <FilterSelect
          label="State"
          anyLabel="Any state"
          options={asOptions(RUN_STATES)}
          value={filter.state}
          onChange={value => setFilter('state', value)}
        />
        <FilterSelect
          label="Pipeline"
          anyLabel="Any pipeline"
          options={(pipelines.value?.items ?? []).map(p => ({
            id: p.id,
            label: p.title,
          }))}
          value={filter.pipeline}
          onChange={value => setFilter('pipeline', value)}
        />
        <FilterSelect
          label="Trigger"
          anyLabel="Any trigger"
          options={asOptions(TRIGGER_TYPES)}
          value={filter.trigger}
          onChange={value => setFilter('trigger', value)}
        />
      </Flex>
      <AsyncView result={runs}>
        {page => (
          <>
            <ListTable
              columns={runColumns(links)}
              rows={page.items}
              empty="No runs match."
            />
            <Flex justify="end" gap="2" mt="3">
              <Button
                variant="secondary"
                isDisabled={cursors.length <= 1}
                onPress={() => setCursors(c => c.slice(0, -1))}
              >
                Newer
              </Button>
              <Button
                variant="secondary"
                isDisabled={!page.nextCursor}
                onPress={() => setCursors(c => [...c, page.nextCursor])}
              >
                Older
              </Button>
            </Flex>
          </>
        )}
      </AsyncView>
    </Panel>
  );
}
