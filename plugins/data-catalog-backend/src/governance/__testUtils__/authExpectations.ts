import express from 'express';
import request from 'supertest';
import { alice } from './governanceTestApp';

/** A route as method, path and (for writes) a valid body. */
export type Route = [
  method: 'get' | 'post' | 'put' | 'patch' | 'delete',
  path: string,
  body?: object,
];

/** Each route answers 401 without credentials. */
async function expectUnauthenticated(app: express.Express, routes: Route[]) {
  for (const [method, path, body] of routes) {
    const response = await request(app)[method](path).send(body);
    expect({ route: `${method} ${path}`, status: response.status }).toEqual({
      route: `${method} ${path}`,
      status: 401,
    });
  }
}

/** Each route answers 403 naming `permission` to a signed-in user. */
export async function expectForbidden(
  app: express.Express,
  permission: string,
  routes: Route[],
) {
  for (const [method, path, body] of routes) {
    const response = await request(app)[method](path).set(alice).send(body);
    expect({
      route: `${method} ${path}`,
      status: response.status,
      message: response.body.error?.message,
    }).toEqual({
      route: `${method} ${path}`,
      status: 403,
      message: expect.stringContaining(permission),
    });
  }
}

/**
 * Routes of permissions the test app does not grant: each answers 401
 * without credentials, and 403 naming its permission to a signed-in user.
 * `alsoUnauthenticated` are more routes that need a user.
 */
export async function expectGuarded(
  app: express.Express,
  guards: Record<string, Route[]>,
  alsoUnauthenticated: Route[] = [],
) {
  await expectUnauthenticated(app, [
    ...Object.values(guards).flat(),
    ...alsoUnauthenticated,
  ]);
  for (const [permission, routes] of Object.entries(guards)) {
    await expectForbidden(app, permission, routes);
  }
}
