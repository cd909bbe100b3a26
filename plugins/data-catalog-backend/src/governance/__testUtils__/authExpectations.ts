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
export async function expectUnauthenticated(
  app: express.Express,
  routes: Route[],
) {
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
