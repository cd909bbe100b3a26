import { Config } from '@backstage/config';
import {
  CreateSourceRequest,
  createSourceRequestSchema,
} from '@internal/plugin-data-catalog-common';
import { isDeepStrictEqual } from 'node:util';
import { ConnectorRegistry } from '../connectors/ConnectorRegistry';
import { parseSourceBody } from './sourceInput';
import { SourcesStore, toRequest } from './SourcesStore';

/**
 * `dataCatalog.sources[]`: the fields of a create request, the password as
 * `connection.passwordRef`. An invalid entry stops the backend at start.
 */
export function readConfigSources(
  config: Config,
  connectors: ConnectorRegistry,
): CreateSourceRequest[] {
  const entries = config.getOptionalConfigArray('dataCatalog.sources') ?? [];
  const declared = entries.map((entry, index) => {
    try {
      return parseSourceBody(
        connectors,
        createSourceRequestSchema,
        entry.get(),
      );
    } catch (error) {
      throw new Error(
        `dataCatalog.sources[${index}]: ${(error as Error).message}`,
      );
    }
  });
  return [...declared, ...demoSource(config)];
}

/**
 * The embedded default's demo warehouse (`dataCatalog.demo.databaseFile`,
 * built by the plugin at start) is a config-managed SQLite source.
 */
/** The embedded default's demo source. */
export const DEMO_SOURCE_ID = 'demo-warehouse';

function demoSource(config: Config): CreateSourceRequest[] {
  const file = config.getOptionalString('dataCatalog.demo.databaseFile');
  if (!file) return [];
  return [
    createSourceRequestSchema.parse({
      id: DEMO_SOURCE_ID,
      title: 'Demo warehouse',
      description:
        'Sales, customers, products, marketing and finance of a made-up shop.',
      platform: 'sqlite',
      connection: { host: file, port: 1, user: 'demo' },
      owner:
        config.getOptionalString('dataCatalog.demo.owner') ??
        'group:default/data-engineering',
      domain: 'commerce',
      location: `${file} (SQLite, embedded)`,
      schedule: '*/30 * * * *',
    }),
  ];
}

/**
 * Makes the config-managed sources exactly those in config: new ones are
 * created, changed ones updated, and sources no longer in config are
 * released to the API (kept, never deleted). Returns the ids written.
 */
export async function upsertConfigSources(
  store: SourcesStore,
  sources: CreateSourceRequest[],
): Promise<{ written: string[]; released: string[] }> {
  const written: string[] = [];
  for (const input of sources) {
    const existing = await store.find(input.id);
    if (!existing) {
      await store.create(input, 'config', { configManaged: true });
      written.push(input.id);
    } else if (
      !existing.config_managed ||
      !isDeepStrictEqual(toRequest(existing), input)
    ) {
      await store.replace(input);
      written.push(input.id);
    }
  }
  const declared = new Set(sources.map(s => s.id));
  const released = (await store.configManagedIds()).filter(
    id => !declared.has(id),
  );
  for (const id of released) await store.releaseFromConfig(id);
  return { written, released };
}
