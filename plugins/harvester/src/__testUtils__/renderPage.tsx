import { ReactElement } from 'react';
import { act, RenderResult, waitFor } from '@testing-library/react';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { harvesterApiRef } from '../api/HarvesterApi';
import { rootRouteRef } from '../routes';
import { FakeHarvesterApi } from './FakeHarvesterApi';

/**
 * The permission mock's answers (AuthorizeResult.ALLOW / DENY), typed from
 * the mock so this package needs no dependency on the enum's package.
 */
type Answer = Exclude<
  NonNullable<Parameters<typeof mockApis.permission>[0]>['authorize'],
  Function | undefined
>;
const ALLOW = 'ALLOW' as Answer;
const DENY = 'DENY' as Answer;

/**
 * Renders one page of the plugin at `route` (the app mounts it at
 * /harvester) against a fake API. Every permission is allowed except
 * those named in `deny` (`true` denies all).
 *
 * usePermission caches answers per permission and resourceRef for the
 * whole test file: a test that denies should ask about objects no other
 * test of the file asks about.
 */
export function renderPage(
  element: ReactElement,
  options: {
    api?: FakeHarvesterApi;
    route?: string;
    mountPath?: string;
    deny?: true | string[];
  } = {},
): RenderResult & {
  api: FakeHarvesterApi;
  answered(permission: string): Promise<void>;
} {
  const api = options.api ?? new FakeHarvesterApi();
  const deny = options.deny ?? [];
  const asked: string[] = [];
  const rendered = renderInTestApp(element, {
    apis: [
      [harvesterApiRef, api],
      mockApis.permission({
        authorize: ({ permission }) => {
          asked.push(permission.name);
          return deny === true || deny.includes(permission.name) ? DENY : ALLOW;
        },
      }),
      mockApis.identity({
        userEntityRef: 'user:default/tester',
        displayName: 'Terry Tester',
      }),
    ],
    mountedRoutes: { '/harvester': rootRouteRef },
    initialRouteEntries: options.route ? [options.route] : undefined,
    mountPath: options.mountPath,
  });

  /** Waits until `permission` was asked and its answer rendered. */
  const answered = async (permission: string) => {
    await waitFor(() => expect(asked).toContain(permission));
    await act(() => new Promise(resolve => setTimeout(resolve, 50)));
  };

  return { api, answered, ...rendered };
}
