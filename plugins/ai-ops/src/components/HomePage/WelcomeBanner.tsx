import { ButtonLink, Card, CardBody, Flex, Text } from '@backstage/ui';
import { useLinks } from '../workspace/useLinks';
import { useWorkspaceState } from '../workspace/WorkspaceContext';

/** Greets the workspace and offers the two things people come for. */
export function WelcomeBanner() {
  const links = useLinks();
  const { workspace, workspaces } = useWorkspaceState();
  const current = workspaces.find(w => w.name === workspace);
  return (
    <Card role="region" aria-label="Welcome">
      <CardBody>
        <Flex
          justify="between"
          align="center"
          gap="4"
          style={{ flexWrap: 'wrap' }}
        >
          <div>
            <Text as="h2" variant="title-small">
              {`Welcome to ${current?.title ?? workspace}`}
            </Text>
            <Text as="p" variant="body-small" color="secondary">
              {current?.description ??
                'Build pipelines, run them, and keep an eye on data, cost and usage.'}
            </Text>
          </div>
          <Flex gap="2">
            <ButtonLink href={`${links.pipelines}&create=1`} variant="primary">
              New Pipeline
            </ButtonLink>
            <ButtonLink href={links.runs} variant="secondary">
              View dashboard
            </ButtonLink>
          </Flex>
        </Flex>
      </CardBody>
    </Card>
  );
}
