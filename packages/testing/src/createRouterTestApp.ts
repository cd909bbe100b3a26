import {
  mockCredentials,
  mockErrorHandler,
} from '@backstage/backend-test-utils';
import express from 'express';

/**
 * An express app parsing JSON like a plugin's router (up to `jsonLimit`,
 * express's default when unset), with Backstage's error responses.
 */
export function createRouterTestApp(
  router: express.Router,
  options: { jsonLimit?: string } = {},
) {
  return express()
    .use(express.json({ limit: options.jsonLimit }))
    .use(router)
    .use(mockErrorHandler());
}

/** Header of a signed-in user for supertest (mock credentials). */
export function asUser(userEntityRef = 'user:default/alice') {
  return {
    Authorization: mockCredentials.user.header(userEntityRef),
  };
}
