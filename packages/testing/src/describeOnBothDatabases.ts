import { TestDatabases } from '@backstage/backend-test-utils';
import { createPortalTestDatabases } from './portalTestDatabases';

/**
 * A describe block given the portal's test databases, PostgreSQL 15 and
 * SQLite, for tests that run on each (`it.each(databases.eachSupportedId())`).
 * A real database may need more than jest's default five seconds a test.
 */
export function describeOnBothDatabases(
  name: string,
  body: (databases: TestDatabases) => void,
) {
  jest.setTimeout(60_000);
  // eslint-disable-next-line jest/valid-title -- every caller passes a literal
  describe(name, () => {
    body(createPortalTestDatabases());
  });
}
