import { Select } from '@backstage/ui';
import { useWorkspaceState } from './WorkspaceContext';

/** The header's workspace picker; every section follows it. */
export function WorkspacePicker() {
  const { workspace, workspaces, select } = useWorkspaceState();
  if (!workspace) return null;
  const options = workspaces.map(w => ({ id: w.name, label: w.title }));
  // A workspace from a shared link stays selectable while the list loads.
  if (!options.some(option => option.id === workspace)) {
    options.push({ id: workspace, label: workspace });
  }
  return (
    <Select
      label="Workspace"
      options={options}
      value={workspace}
      onChange={key => {
        if (key !== null && key !== workspace) select(String(key));
      }}
    />
  );
}
