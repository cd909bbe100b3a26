import { ButtonLink, Flex } from '@backstage/ui';
import { Panel } from '@internal/portal-react';
import { useLinks } from '../workspace/useLinks';

/** Shortcuts to the sections people use most. */
export function QuickActions() {
  const links = useLinks();
  const actions = [
    { label: 'Browse pipelines', href: links.pipelines },
    { label: 'Register a dataset version', href: links.datasets },
    { label: 'Schedule a pipeline', href: links.schedules },
    { label: 'All runs', href: links.runs },
  ];
  return (
    <Panel title="Quick actions">
      <Flex direction="column" gap="2" align="start">
        {actions.map(action => (
          <ButtonLink key={action.label} href={action.href} variant="tertiary">
            {action.label}
          </ButtonLink>
        ))}
      </Flex>
    </Panel>
  );
}
