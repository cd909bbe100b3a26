import { ReactElement } from 'react';
import { act, RenderResult, waitFor } from '@testing-library/react';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { dataCatalogApiRef } from '../api/DataCatalogApi';
import { rootRouteRef } from '../routes';
import { FakeDataCatalogApi } from './FakeDataCatalogApi';

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
 * Renders one page of the catalog at `route` (the app mounts the catalog
 * at /data-catalog), against a fake API. Every permission is allowed
 * except those named in `deny` (`true` denies all).
 */
export function renderPage(
  element: ReactElement,
  options: {
    api?: FakeDataCatalogApi;
    route?: string;
    mountPath?: string;
    deny?: true | string[];
  } = {},
): RenderResult & {
  api: FakeDataCatalogApi;
  answered(permission: string): Promise<void>;
} {
  const api = options.api ?? new FakeDataCatalogApi();
  const deny = options.deny ?? [];
  const asked: string[] = [];
  const rendered = renderInTestApp(element, {
    apis: [
      [dataCatalogApiRef, api],
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
    mountedRoutes: { '/data-catalog': rootRouteRef },
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
