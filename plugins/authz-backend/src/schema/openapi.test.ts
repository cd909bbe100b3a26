import SwaggerParser from '@apidevtools/swagger-parser';
import {
  mockCredentials,
  mockErrorHandler,
  mockServices,
  startTestBackend,
  TestDatabaseId,
} from '@backstage/backend-test-utils';
import { NotAllowedError } from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { authzPermissions } from '@internal/plugin-authz-common';
import { DecisionJournal, explainDenials } from '@internal/plugin-authz-node';
import { createPortalTestDatabases } from '@internal/testing';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import express from 'express';
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { parse } from 'yaml';
import { demoOrgEntities } from '../catalogSync/__testUtils__/demoOrg';
import { openEventStream } from '../service/audit/__testUtils__/auditTestApp';
import { authzPlugin } from '../plugin';

jest.setTimeout(120_000);

/** A node of the parsed document; its shape is what the spec says. */
type Node = { [key: string]: any };

const spec: Node = parse(
  fs.readFileSync(path.join(__dirname, 'openapi.yaml'), 'utf8'),
);
const base: string = spec.servers[0].url;
const alice = 'user:default/alice.kim';
const asAlice = { Authorization: mockCredentials.user.header(alice) };
const asService = { Authorization: mockCredentials.service.header() };

/** Follows a local `$ref` (`#/components/...`) to what it names. */
function resolve(node: Node): Node {
  if (!node.$ref) return node;
  const keys = (node.$ref as string).slice(2).split('/');
  return resolve(keys.reduce<Node>((at, key) => at[key], spec));
}

/** Every documented operation, with its path-level parameters merged in. */
const operations = Object.entries(spec.paths as Node).flatMap(([route, item]) =>
  ['get', 'put', 'post', 'delete', 'patch']
    .filter(method => item[method])
    .map(method => ({
      name: `${method.toUpperCase()} ${route}`,
      method,
      route,
      operation: item[method] as Node,
      parameters: [
        ...(item.parameters ?? []),
        ...(item[method].parameters ?? []),
      ].map(resolve),
    })),
);

// Formats are asserted; strict mode refuses unknown keywords (typos). The
// document itself is added as a schema, its OpenAPI fields as annotations.
const ajv = new Ajv2020({ allErrors: true, strictTypes: false });
addFormats(ajv);
ajv.addVocabulary(['discriminator', ...Object.keys(spec)]);
ajv.addSchema(spec, 'openapi');

/** Problems of `value` against the schema at `pointer` in the document. */
function validateAt(pointer: string[], value: unknown): string[] {
  const fragment = pointer
    .map(key =>
      encodeURIComponent(key.replace(/~/g, '~0').replace(/\//g, '~1')),
    )
    .join('/');
  const validate = ajv.compile({ $ref: `openapi#/${fragment}` });
  if (validate(value)) return [];
  return validate.errors!.map(
    e => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`,
  );
}

/** Where the documented response is, or undefined when it is not documented. */
function responsePointer(method: string, route: string, status: number) {
  const response = spec.paths[route]?.[method]?.responses[String(status)];
  if (!response) return undefined;
  return response.$ref
    ? (response.$ref as string).slice(2).split('/')
    : ['paths', route, method, 'responses', String(status)];
}

/** Problems of a JSON body against the documented response. */
function responseProblems(
  method: string,
  route: string,
  status: number,
  body: unknown,
) {
  const pointer = responsePointer(method, route, status);
  if (!pointer) return [`${status} is not documented`];
  return validateAt(
    [...pointer, 'content', 'application/json', 'schema'],
    body,
  );
}

type Layer = {
  route?: { path: string; methods: Record<string, boolean> };
  handle: { stack?: Layer[] };
  regexp: RegExp & { fast_slash?: boolean };
};

/** Each route of an express 4 router as `METHOD /path`, mounts included. */
function routesOf(stack: Layer[], prefix = ''): string[] {
  return stack.flatMap(layer => {
    if (layer.route) {
      const { path: routePath, methods } = layer.route;
      return Object.keys(methods).map(
        m => `${m.toUpperCase()} ${prefix}${routePath}`,
      );
    }
    const inner = layer.handle.stack;
    return inner ? routesOf(inner, prefix + mountPath(layer)) : [];
  });
}

/** express 4 keeps a mount path only as the regexp it compiled it to. */
function mountPath(layer: Layer): string {
  if (layer.regexp.fast_slash) return '';
  const mount = layer.regexp.source
    .replace(/^\^/, '')
    .replace(/\\\/\?\(\?=\\\/\|\$\)$/, '')
    .replace(/\\(.)/g, '$1');
  if (/[()[\]*+?^$|\\]/.test(mount)) {
    throw new Error(`Cannot read the mount path of ${layer.regexp}`);
  }
  return mount;
}

/** `:id` → `{id}`; `:verb(attach|detach)` → one path per alternative. */
function toOpenApiPaths(expressPath: string): string[] {
  const choice = /:\w+\(([\w|-]+)\)/.exec(expressPath);
  if (!choice) return [expressPath.replace(/:(\w+)/g, '{$1}')];
  return choice[1]
    .split('|')
    .flatMap(value => toOpenApiPaths(expressPath.replace(choice[0], value)));
}

const databases = createPortalTestDatabases();

/** The real plugin after a catalog sync; `denied` permissions get a DENY. */
async function startAuthz(databaseId: TestDatabaseId) {
  const denied = new Set<string>();
  const permissions = mockServices.permissions.mock({
    authorize: async requests =>
      requests.map(({ permission }) => ({
        result: denied.has(permission.name)
          ? AuthorizeResult.DENY
          : AuthorizeResult.ALLOW,
      })),
  });
  const scheduler = mockServices.scheduler.mock();
  const backend = await startTestBackend({
    features: [
      authzPlugin,
      mockServices.database.factory({ knex: await databases.init(databaseId) }),
      mockServices.rootConfig.factory({
        data: { authz: { bootstrap: { administrators: [alice] } } },
      }),
      permissions.factory,
      scheduler.factory,
      catalogServiceMock.factory({ entities: demoOrgEntities() }),
    ],
  });
  const [sync] = scheduler.scheduleTask.mock.calls.find(
    ([task]) => task.id === 'authz-catalog-sync',
  )!;
  await sync.fn(new AbortController().signal);
  return { server: backend.server, denied };
}

type CallOptions = {
  params?: Record<string, unknown>;
  query?: Record<string, string>;
  body?: object;
  csv?: string;
  headers?: Record<string, string>;
};

/**
 * Sends `METHOD /route` and returns the response, after checking the status,
 * that the status and media type are documented, that a JSON body fits its
 * schema, and that the document accepts a request body exactly when the code
 * does (not a 400).
 */
async function exchange(
  server: Parameters<typeof request>[0],
  operation: string,
  status: number,
  { params = {}, query = {}, body, csv, headers = asAlice }: CallOptions = {},
) {
  const [upper, route] = operation.split(' ');
  const method = upper.toLowerCase() as 'get';
  const url = route.replace(/\{(\w+)\}/g, (_, name) =>
    encodeURIComponent(String(params[name])),
  );
  let pending = request(server)
    [method](base + url)
    .set(headers)
    .query(query);
  if (csv !== undefined) pending = pending.type('text/csv').send(csv);
  else if (body !== undefined) pending = pending.send(body);
  const response = await pending;

  const pointer = responsePointer(method, route, status);
  const content =
    pointer && resolve(spec.paths[route][method].responses[status]).content;
  const requestSchema = [
    'paths',
    route,
    method,
    'requestBody',
    'content',
    'application/json',
    'schema',
  ];
  expect({
    operation,
    status: response.status,
    failure: response.status === status ? undefined : response.body,
    // Empty when nothing is documented (204), else a documented media type.
    mediaType: content
      ? content[response.type] && response.type
      : response.text,
    problems:
      response.type === 'application/json'
        ? responseProblems(method, route, status, response.body)
        : [],
    requestAccepted: body && validateAt(requestSchema, body).length === 0,
  }).toEqual({
    operation,
    status,
    failure: undefined,
    mediaType: content ? response.type : '',
    problems: [],
    requestAccepted: body && status !== 400,
  });
  return response;
}

describe('openapi.yaml', () => {
  it('is a valid OpenAPI document whose examples fit their schemas', async () => {
    await SwaggerParser.validate(structuredClone(spec) as any);
    const badExamples = Object.entries(spec.components.schemas as Node)
      .flatMap(([name, schema]) =>
        (schema.examples ?? []).map((example: unknown) =>
          validateAt(['components', 'schemas', name], example).map(
            problem => `${name}: ${problem}`,
          ),
        ),
      )
      .flat();
    expect(badExamples).toEqual([]);
  });

  it('documents every route the plugin registers, and no other', async () => {
    const { server } = await startAuthz('SQLITE_3');
    // The backend's express app, as node:http was given it.
    const app = server.listeners('request')[0] as express.Application;
    const registered = routesOf(app._router.stack).flatMap(route => {
      const [method, fullPath] = route.split(' ');
      // Only ours: not Backstage's own /.backstage and /.well-known routes.
      if (
        !fullPath.startsWith(`${base}/`) ||
        fullPath.startsWith(`${base}/.`)
      ) {
        return [];
      }
      return toOpenApiPaths(fullPath.slice(base.length)).map(
        p => `${method} ${p}`,
      );
    });
    const documented = operations.map(o => o.name);
    expect([...registered].sort()).toEqual(documented.sort());
    expect(new Set(registered).size).toBe(registered.length);
  });

  it('names the permission each user route checks and marks the service routes', async () => {
    const { server, denied } = await startAuthz('SQLITE_3');
    const known = authzPermissions.map(p => p.name);
    const observed: object[] = [];
    const expected: object[] = [];
    for (const { method, route, operation, parameters } of operations) {
      // Each path parameter takes the example of its schema.
      const url =
        base +
        route.replace(/\{(\w+)\}/g, (_, name) => {
          const parameter = parameters.find(
            p => p.in === 'path' && p.name === name,
          )!;
          return encodeURIComponent(
            resolve(parameter.schema).examples?.[0] ?? 'x',
          );
        });
      const send = () => request(server)[method as 'get'](url).set(asAlice);
      const required: string[] = [].concat(operation['x-permission'] ?? []);
      if (required.length === 0) {
        const { status } = await send();
        observed.push({
          method,
          route,
          principal: operation['x-principal'],
          status,
        });
        expected.push({ method, route, principal: 'service', status: 403 });
      }
      // The stream authorizes through a permission client built from config,
      // not the permissions service (createAuditRouter); its tests cover it.
      if (route === '/audit/stream') continue;
      for (const permission of required) {
        denied.clear();
        denied.add(permission);
        const response = await send();
        observed.push({
          method,
          route,
          permission,
          known: known.includes(permission),
          described: operation.description.includes(`\`${permission}\``),
          status: response.status,
          message: response.body.error?.message,
          problems: responseProblems(method, route, 403, response.body),
        });
        expected.push({
          method,
          route,
          permission,
          known: true,
          described: true,
          status: 403,
          message: `${permission} denied`,
          problems: [],
        });
      }
    }
    expect(observed).toEqual(expected);
  });

  it('describes a 403 as the portal root middleware explains it', async () => {
    const journal = new DecisionJournal();
    const denial = {
      decisionId: '0b6f2a53-3f40-4d8e-9f3e-1a2b3c4d5e6f',
      principal: alice,
      permission: 'authz.role.manage',
      result: 'DENY' as const,
      summary: 'Denied by DenyAdmins.NoRoles (role Auditors)',
      reasons: [
        {
          effect: 'Deny' as const,
          policyName: 'DenyAdmins',
          sid: 'NoRoles',
          roleName: 'Auditors',
          conditional: false,
        },
      ],
    };
    const app = express()
      .use(explainDenials(journal))
      .post(`${base}/roles`, () => {
        journal.record({ ...denial, at: Date.now() });
        throw new NotAllowedError('authz.role.manage denied');
      })
      .use(mockErrorHandler());
    // explainDenials only reads the subject of a (verified upstream) JWT.
    const claims = Buffer.from(JSON.stringify({ sub: alice })).toString(
      'base64url',
    );
    const response = await request(app)
      .post(`${base}/roles`)
      .set({ Authorization: `Bearer e30.${claims}.signature` });

    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({
      decisionId: denial.decisionId,
      detail: denial.summary,
      reasons: denial.reasons,
    });
    expect(responseProblems('post', '/roles', 403, response.body)).toEqual([]);
  });
});

const document = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'ReadAudit',
      Effect: 'Allow',
      Action: 'authz.audit.read',
      Resource: '*',
    },
  ],
};

describe.each(databases.eachSupportedId())(
  'the running plugin on %p',
  databaseId => {
    it('answers every documented operation as the document says', async () => {
      const { server, denied } = await startAuthz(databaseId);
      const exercised = new Set<string>();
      const call = (
        operation: string,
        status: number,
        options?: CallOptions,
      ) => {
        exercised.add(operation);
        return exchange(server, operation, status, options);
      };
      const engineering = 'group:default/engineering';

      const roles = await call('GET /roles', 200, {
        query: { sort: 'name', active: 'true' },
      });
      const admin = roles.body.items.find(
        (r: { type: string }) => r.type === 'system',
      );
      await call('GET /roles/{id}', 200, { params: admin });
      await call('GET /roles/{id}/holders', 200, { params: admin });
      await call('GET /roles/{id}', 404, { params: { id: 'no-such-role' } });
      await call('POST /roles', 409, { body: { name: admin.name } });
      const { body: role } = await call('POST /roles', 201, {
        body: { name: 'Auditors' },
      });
      await call('PATCH /roles/{id}', 200, {
        params: role,
        body: { description: 'Audit' },
      });

      await call('GET /policies', 200, { query: { order: 'desc' } });
      const broken = {
        ...document,
        Statement: [{ Effect: 'Maybe', Action: 'x', Resource: '*' }],
      };
      await call('POST /policies', 400, {
        body: { name: 'Broken', document: broken },
      });
      const { body: policy } = await call('POST /policies', 201, {
        body: { name: 'AuditReaders', document },
      });
      await call('PATCH /policies/{id}', 200, {
        params: policy,
        body: { description: 'Audit' },
      });
      await call('GET /policies/{id}', 200, { params: policy });
      await call('GET /policies/{id}/versions', 200, { params: policy });
      await call('GET /policies/export', 200, { query: { ids: policy.id } });
      const policyIds = { policyIds: [policy.id] };
      await call('POST /roles/{id}/policies/attach', 200, {
        params: role,
        body: policyIds,
      });
      await call('DELETE /policies/{id}', 409, { params: policy });
      const holders = { holders: [{ kind: 'department', ref: engineering }] };
      await call('POST /roles/{id}/holders/attach', 200, {
        params: role,
        body: holders,
      });

      await call('GET /users', 200, {
        query: { departmentRef: engineering, limit: '5' },
      });
      await call('POST /me/sign-ins', 204);
      await call('GET /users/{ref}', 200, { params: { ref: alice } });
      await call('DELETE /users/{ref}', 409, { params: { ref: alice } });
      const newUser = {
        name: 'local.user',
        email: 'local.user@acme.example',
        departmentRef: engineering,
      };
      const { body: user } = await call('POST /users', 201, { body: newUser });
      await call('PATCH /users/{ref}', 200, {
        params: user,
        body: { departmentRef: null },
      });
      const bulk = {
        action: 'attachRole',
        refs: [user.ref, alice],
        roleId: role.id,
      };
      await call('POST /users/bulk', 200, { body: bulk });
      const csv =
        'name,groups\nlocal.user,\nsecond.user,platform-team\nBad Name,\n';
      await call('POST /users/import', 200, { csv });

      const teams = await call('GET /groups', 200, { query: { q: 'team' } });
      await call('GET /groups/{ref}', 200, { params: teams.body.items[0] });
      const { body: group } = await call('POST /groups', 201, {
        body: { name: 'reviewers' },
      });
      await call('PATCH /groups/{ref}', 200, {
        params: group,
        body: { title: 'Reviewers' },
      });
      await call('PUT /groups/{ref}/members', 200, {
        params: group,
        body: { memberRefs: [alice] },
      });
      const member = { ref: group.ref, userRef: user.ref };
      await call('POST /groups/{ref}/members/{userRef}', 200, {
        params: member,
      });
      await call('DELETE /groups/{ref}/members/{userRef}', 200, {
        params: member,
      });
      await call('DELETE /groups/{ref}', 204, { params: group });

      await call('GET /departments', 200);
      await call('GET /departments/{ref}', 200, {
        params: { ref: engineering },
      });
      const qa = { name: 'qa', parentRef: engineering };
      const { body: department } = await call('POST /departments', 201, {
        body: qa,
      });
      await call('PATCH /departments/{ref}', 200, {
        params: department,
        body: { title: 'QA' },
      });
      const toRoot = { parentRef: null, position: 0 };
      await call('POST /departments/{ref}/move', 200, {
        params: department,
        body: toRoot,
      });
      await call('DELETE /departments/{ref}', 204, { params: department });

      await call('GET /stats', 200);
      await call('GET /health', 200);
      await call('GET /permissions', 200);
      const draft = { roleIds: [role.id], document };
      const permission = { name: 'authz.audit.read' };
      const asUser = { principal: { userRef: alice }, permission, draft };
      await call('POST /dry-run', 200, { body: asUser });
      const asRoles = { principal: { roleIds: [role.id] }, permission };
      await call('POST /dry-run', 200, { body: asRoles });
      const impact = { draft, permissions: [permission] };
      await call('POST /dry-run/impact', 200, { body: impact });
      await call('GET /pdp/revision', 200, { headers: asService });
      await call('GET /pdp/bundle', 200, { headers: asService });

      const decision = {
        id: '6f1c1f47-8d47-4d0b-9a36-0c4c1f0e2b11',
        time: new Date().toISOString(),
        principal: alice,
        permission: 'authz.audit.read',
        result: 'DENY',
        reasons: [],
        summary: 'No statement allows it',
        revision: 3,
        latencyMs: 0.4,
        engine: 'wasm',
      };
      const batch = { items: [decision] };
      await call('POST /audit/decisions', 201, {
        headers: asService,
        body: batch,
      });
      const entries = await call('GET /audit/entries', 200, {
        query: { limit: '1000' },
      });
      const change = entries.body.items.find(
        (e: { kind: string }) => e.kind === 'change',
      );
      await call('GET /audit/entries/{id}', 200, { params: change });
      await call('GET /audit/entries/{id}', 200, { params: decision });
      await call('GET /audit/stats', 200, { query: { bucket: 'hour' } });
      await call('GET /audit/settings', 200);
      await call('PUT /audit/settings', 400, { body: { retentionDays: 0 } });
      await call('GET /audit/export', 200, {
        query: { format: 'json', kind: 'decision' },
      });
      await call('GET /audit/export', 200, { query: { kind: 'change' } });

      // The live stream, opened with the cookie as an EventSource would.
      const { headers } = await call('GET /audit/cookie', 200);
      const cookie = String(headers['set-cookie']).split(';')[0];
      const stream = await openEventStream(
        `http://localhost:${server.port()}${base}/audit/stream?kind=change`,
        { cookie },
      );
      exercised.add('GET /audit/stream');
      await stream.next();
      await call('PUT /audit/settings', 200, { body: { retentionDays: 30 } });
      const event = await stream.next();
      stream.close();
      const streamed = spec.paths['/audit/stream'].get.responses['200'].content;
      expect({
        status: stream.response.status,
        documented: Boolean(
          streamed[stream.response.headers.get('content-type')!.split(';')[0]],
        ),
        event: event.event,
        problems: validateAt(
          ['components', 'schemas', 'AuditEntry'],
          JSON.parse(event.data!),
        ),
      }).toEqual({
        status: 200,
        documented: true,
        event: 'entry',
        problems: [],
      });

      await call('POST /roles/{id}/holders/detach', 200, {
        params: role,
        body: holders,
      });
      await call('POST /roles/{id}/policies/detach', 200, {
        params: role,
        body: policyIds,
      });
      await call('DELETE /policies/{id}', 204, { params: policy });
      await call('DELETE /roles/{id}', 204, { params: role });
      await call('DELETE /users/{ref}', 204, { params: user });

      const anonymous = { Authorization: mockCredentials.none.header() };
      await call('GET /roles', 401, { headers: anonymous });
      await call('GET /pdp/bundle', 403);
      denied.add('authz.policy.read');
      await call('GET /policies', 403);

      const documented = operations.map(o => o.name);
      expect([...exercised].sort()).toEqual(documented.sort());
    });
  },
);
