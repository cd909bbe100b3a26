import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { ServiceFactoryTester } from '@backstage/backend-test-utils';
import { ResponseError } from '@backstage/errors';
import { describeOnBothDatabases } from '@internal/testing';
import { lineageServiceRef } from '@internal/plugin-data-catalog-node';
import { LineageEdgeInput } from '@internal/plugin-data-catalog-common';
import express from 'express';
import { AddressInfo } from 'node:net';
import { Server } from 'node:http';
import { createLineageTestApp } from './__testUtils__/lineageTestApp';

/** Serves the app on a free port until `close`. */
async function listen(app: express.Express) {
  const server: Server = await new Promise(resolve => {
    const started = app.listen(0, '127.0.0.1', () => resolve(started));
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise(resolve => server.close(resolve)),
  };
}

/** What another plugin gets for `lineageServiceRef`: the default factory. */
function lineageServiceOf(baseUrl: string) {
  const discovery = createServiceFactory({
    service: coreServices.discovery,
    deps: {},
    factory: () => ({
      getBaseUrl: async (pluginId: string) => `${baseUrl}/api/${pluginId}`,
      getExternalBaseUrl: async (pluginId: string) =>
        `${baseUrl}/api/${pluginId}`,
    }),
  });
  return ServiceFactoryTester.from(discovery).getService(
    lineageServiceRef,
    'ai-ops',
  );
}

const edge = (from: string, to: string, i = 0): LineageEdgeInput => ({
  from: { entityRef: from, column: i ? `c${i}` : undefined },
  to: { entityRef: to },
  type: 'trains',
  source: 'pipeline',
});

describeOnBothDatabases(
  'lineageServiceRef against the lineage routes',
  databases => {
    it.each(databases.eachSupportedId())(
      'adds, reads and removes edges as the calling plugin on %p',
      async databaseId => {
        const { app: router } = await createLineageTestApp(
          databases,
          databaseId,
        );
        const server = await listen(express().use('/api/data-catalog', router));
        try {
          const lineage = await lineageServiceOf(server.baseUrl);
          const model = 'resource:default/churn-model';
          // More than one request takes: the client sends it in parts.
          const edges = Array.from({ length: 1500 }, (_, i) =>
            edge('resource:sales/features', model, i + 1),
          );
          await lineage.addEdges(edges);
          const answer = await lineage.neighbours({ entityRef: model });
          expect(answer.node).toEqual({ entityRef: model });
          expect(answer.upstream).toHaveLength(1500);
          expect(answer.downstream).toEqual([]);

          await lineage.removeEdges(edges.slice(0, 1499));
          const left = await lineage.neighbours({
            entityRef: 'resource:sales/features',
            column: 'c1500',
          });
          expect(left.downstream.map(e => e.from)).toEqual([
            { entityRef: 'resource:sales/features', column: 'c1500' },
          ]);

          // The API's errors arrive as ResponseErrors with its message.
          const invalid = lineage.addEdges([
            { ...edges[0], type: 'feeds' as any },
          ]);
          await expect(invalid).rejects.toBeInstanceOf(ResponseError);
          await expect(invalid).rejects.toMatchObject({
            statusCode: 400,
            body: {
              error: { message: expect.stringMatching(/edges\[0\]\.type/) },
            },
          });
          // Nothing to send is no request at all.
          await lineage.addEdges([]);
        } finally {
          await server.close();
        }
      },
    );
  },
);
