import { createContext, ReactNode, useContext } from 'react';
import { useSearchParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { aiOpsApiRef } from '../../api/AiOpsApi';
import type { Workspace } from '../../api/types';

export type WorkspaceState = {
  /** The workspace every page shows: `?workspace=` wins, then the saved one. */
  workspace?: string;
  workspaces: Workspace[];
  loading: boolean;
  error?: Error;
  /** Switches: saved for the user (`PUT /me/workspace`) and put in the URL. */
  select(name: string): Promise<void>;
};

const WorkspaceContext = createContext<WorkspaceState | undefined>(undefined);

/**
 * Loads the workspaces the user may read and their saved choice once for
 * all sections. A `?workspace=` link opens that workspace without saving
 * it; picking one saves it, so the next visit opens it too.
 */
export function WorkspaceProvider(props: { children: ReactNode }) {
  const api = useApi(aiOpsApiRef);
  const [params, setParams] = useSearchParams();
  const loaded = useAsync(async () => {
    const [list, current] = await Promise.all([
      api.listWorkspaces(),
      api.getCurrentWorkspace(),
    ]);
    return { workspaces: list.items, saved: current.workspace?.name };
  }, [api]);
  const workspaces = loaded.value?.workspaces ?? [];
  const workspace =
    params.get('workspace') ?? loaded.value?.saved ?? workspaces[0]?.name;

  const select = async (name: string) => {
    setParams(
      current => {
        const next = new URLSearchParams(current);
        next.set('workspace', name);
        return next;
      },
      { replace: true },
    );
    await api.switchWorkspace(name);
  };

  return (
    <WorkspaceContext.Provider
      value={{
        workspace,
        workspaces,
        loading: loaded.loading,
        error: loaded.error,
        select,
      }}
    >
      {props.children}
    </WorkspaceContext.Provider>
  );
}

export function useWorkspaceState(): WorkspaceState {
  const state = useContext(WorkspaceContext);
  if (!state) throw new Error('useWorkspaceState outside WorkspaceProvider');
  return state;
}

/** The current workspace's name; pages render only once there is one. */
export function useWorkspace(): string {
  const { workspace } = useWorkspaceState();
  if (!workspace) throw new Error('No workspace chosen');
  return workspace;
}
