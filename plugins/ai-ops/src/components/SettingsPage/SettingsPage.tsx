import { Flex } from '@backstage/ui';
import { BudgetPanel } from './BudgetPanel';
import { MembersPanel } from './MembersPanel';
import { PricesPanel } from './PricesPanel';
import { WorkspaceDetailsPanel } from './WorkspaceDetailsPanel';
import { ApiKeysPanel } from './ApiKeysPanel';
import { SecretsPanel } from './SecretsPanel';

/**
 * The workspace's settings, one panel per concern (one file each); a new
 * panel is added to this list.
 */
const panels = [
  { id: 'details', Panel: WorkspaceDetailsPanel },
  { id: 'members', Panel: MembersPanel },
  { id: 'budget', Panel: BudgetPanel },
  { id: 'prices', Panel: PricesPanel },
  { id: 'api-keys', Panel: ApiKeysPanel },
  { id: 'secrets', Panel: SecretsPanel },
];

/** `settings/`: the current workspace's settings panels. */
export function SettingsPage() {
  return (
    <Flex direction="column" gap="4">
      {panels.map(({ id, Panel }) => (
        <Panel key={id} />
      ))}
    </Flex>
  );
}
