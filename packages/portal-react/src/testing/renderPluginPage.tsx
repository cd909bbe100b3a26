import { ReactElement } from 'react';
import { act, RenderResult, waitFor } from '@testing-library/react';
import {
  mockApis,
  renderInTestApp,
  TestAppOptions,
} from '@backstage/frontend-test-utils';

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

/** A rendered page, and a way to wait for a permission's answer. */
export type RenderedPage = RenderResult & {
  answered(permission: string): Promise<void>;
};

/**
 * Renders one page of a plugin at `route` with the plugin's `apis` (its
 * fake API) and root route mounted where the app mounts it, signed in as
 * `user:default/tester`. Every permission is allowed except those named
 * in `deny` (`true` denies all).
 *
 * usePermission caches answers per permission and resourceRef for the
 * whole test file: a test that denies should ask about objects no other
 * test of the file asks about.
 */
export function renderPluginPage(
  element: ReactElement,
  options: {
    apis: TestAppOptions['apis'];
    mountedRoutes: TestAppOptions['mountedRoutes'];
    route?: string;
    mountPath?: string;
    deny?: true | string[];
  },
): RenderedPage {
  const deny = options.deny ?? [];
  const asked: string[] = [];
  const rendered = renderInTestApp(element, {
    apis: [
      ...(options.apis ?? []),
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
    mountedRoutes: options.mountedRoutes,
    initialRouteEntries: options.route ? [options.route] : undefined,
    mountPath: options.mountPath,
  });

  /** Waits until `permission` was asked and its answer rendered. */
  const answered = async (permission: string) => {
    await waitFor(() => {
      if (!asked.includes(permission)) {
        throw new Error(`${permission} was not asked`);
      }
    });
    await act(() => new Promise(resolve => setTimeout(resolve, 50)));
  };

  return { answered, ...rendered };
}
