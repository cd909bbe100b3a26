import { ReactNode } from 'react';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { EmptyText } from '@internal/portal-react';
import { useWorkspaceState } from './WorkspaceContext';

/** Sections render once a workspace is known; they are all scoped to it. */
export function WorkspaceGate(props: { children: ReactNode }) {
  const { workspace, loading, error } = useWorkspaceState();
  if (workspace) return <>{props.children}</>;
  if (error) return <ResponseErrorPanel error={error} />;
  if (loading) return <Progress />;
  return (
    <EmptyText>
      You are not a member of any AI-Ops workspace yet. Ask a workspace admin to
      add you or your team.
    </EmptyText>
  );
}
