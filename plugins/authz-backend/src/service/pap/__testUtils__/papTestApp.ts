import {
  mockCredentials,
  mockErrorHandler,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { authzPermissions } from '@internal/plugin-authz-common';
import express from 'express';
import request from 'supertest';
import {
  adminRef,
  createOrgTestDatabase,
  createPapTestDatabase,
  PapTestDatabase,
} from '../../../database/__testUtils__/papTestDatabase';
import { createRouterTestContext } from '../../__testUtils__/routerTestContext';
import { createPapRouter } from '..';

export { adminRef };
/** Headers of a signed-in admin; a request without them is anonymous. */
export const asAdmin = { Authorization: mockCredentials.user.header(adminRef) };

const everyAuthzPermission = authzPermissions.map(p => p.name);

/**
 * The PAP routes on a migrated database behind mock auth, parsing bodies as
 * the plugin's router does. Only the permissions named in `allowed` (default:
 * all of the Access family's) are granted.
 */
export async function createPapTestApp(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
  allowed: string[] = everyAuthzPermission,
) {
  return servePap(await createPapTestDatabase(databases, databaseId), allowed);
}

/** Like `createPapTestApp`, on a database holding the org fixture. */
export async function createOrgTestApp(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
  allowed: string[] = everyAuthzPermission,
) {
  return servePap(await createOrgTestDatabase(databases, databaseId), allowed);
}

function servePap(db: PapTestDatabase, allowed: string[]) {
  const { context } = createRouterTestContext({
    knex: db.knex,
    changes: db.changes,
    pdpData: db.stores.pdpData,
    allowed,
  });
  const app = express()
    .use(express.json())
    .use(express.text({ type: 'text/csv' }))
    .use(createPapRouter(context, db.stores))
    .use(mockErrorHandler());
  return { app, ...db };
}

/** A user ref as a path segment. */
export const inPath = (ref: string) => encodeURIComponent(ref);

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Each path answers 401 to an anonymous GET and 200 to the admin's. */
export async function expectSignInToRead(
  app: express.Express,
  paths: string[],
) {
  for (const path of paths) {
    await request(app).get(path).expect(401);
    await request(app).get(path).set(asAdmin).expect(200);
  }
}

/**
 * Each route answers 401 to an anonymous request and 403 naming `permission`
 * to the admin, who lacks it. The body is empty: a route that read it before
 * authorizing would answer 400.
 */
export async function expectAuthErrors(
  app: express.Express,
  permission: string,
  routes: ReadonlyArray<readonly [Method, string]>,
) {
  for (const [method, path] of routes) {
    await request(app)[method](path).send({}).expect(401);
    const denied = await request(app)[method](path).set(asAdmin).send({});
    expect(denied.status).toBe(403);
    expect(denied.body.error.message).toMatch(`${permission} denied`);
  }
}

/** A bad request: the status and error message it gets, method, path, body. */
type ErrorCase = readonly [number, RegExp, Method, string, object?];

/** Sends each request as the admin, in turn, and expects its error. */
export async function expectErrors(
  app: express.Express,
  cases: ReadonlyArray<ErrorCase>,
) {
  for (const [status, message, method, path, body] of cases) {
    const call = request(app)[method](path).set(asAdmin);
    const response = await (body === undefined ? call : call.send(body));
    expect(response.status).toBe(status);
    expect(response.body.error.message).toMatch(message);
  }
}
