import { screen } from '@testing-library/react';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { WelcomeCard } from './WelcomeCard';

const alice = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name: 'alice.kim', namespace: 'default' },
  spec: {
    profile: { displayName: 'Alice Kim', email: 'alice.kim@acme.example' },
    memberOf: ['platform-team'],
  },
};

// EntityRefLinks link to entity pages, so the test app mounts that route.
const mountedRoutes = { '/catalog/:namespace/:kind/:name': entityRouteRef };

describe('WelcomeCard', () => {
  it('greets the user by the name in their catalog entity', async () => {
    await renderInTestApp(<WelcomeCard />, {
      mountedRoutes,
      apis: [
        mockApis.identity({
          userEntityRef: 'user:default/alice.kim',
          ownershipEntityRefs: [
            'user:default/alice.kim',
            'group:default/platform-team',
          ],
        }),
        catalogApiMock({ entities: [alice] }),
      ],
    });

    expect(await screen.findByTestId('signed-in-user')).toHaveTextContent(
      'Welcome, Alice Kim',
    );
    expect(screen.getByText('alice.kim@acme.example')).toBeInTheDocument();
    expect(screen.getByText('user:default/alice.kim')).toBeInTheDocument();
  });

  it('falls back to the entity ref when the user has no catalog entity', async () => {
    await renderInTestApp(<WelcomeCard />, {
      mountedRoutes,
      apis: [
        mockApis.identity({ userEntityRef: 'user:default/ghost' }),
        catalogApiMock({ entities: [] }),
      ],
    });

    expect(await screen.findByTestId('signed-in-user')).toHaveTextContent(
      'Welcome, user:default/ghost',
    );
  });
});
