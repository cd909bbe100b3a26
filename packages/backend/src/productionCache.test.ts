import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ConfigReader } from '@backstage/config';
import { parse } from 'yaml';
import {
  coreServices,
  createBackendPlugin,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { cacheServiceFactory } from '@backstage/backend-defaults/cache';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';

const redisUrl = process.env.REDIS_URL;

/** `backend.cache` exactly as app-config.production.yaml has it. */
function productionCacheConfig() {
  const file = resolvePackagePath(
    'backend',
    '../../app-config.production.yaml',
  );
  const cache = parse(readFileSync(file, 'utf8')).backend.cache;
  expect(cache).toEqual({ store: 'redis', connection: '${REDIS_URL}' });
  return { ...cache, connection: redisUrl };
}

describe('production cache', () => {
  it('stores plugin cache entries in the real Redis', async () => {
    if (!redisUrl)
      throw new Error('REDIS_URL is not set: run through npm test');
    const key = `probe-${process.pid}`;
    let read: unknown;
    const probe = createBackendPlugin({
      pluginId: 'cache-probe',
      register(env) {
        env.registerInit({
          deps: { cache: coreServices.cache },
          async init({ cache }) {
            await cache.set(key, { stored: true });
            read = await cache.get(key);
          },
        });
      },
    });

    const backend = await startTestBackend({
      features: [
        probe,
        cacheServiceFactory,
        mockServices.rootConfig.factory({
          data: new ConfigReader({
            backend: { cache: productionCacheConfig() },
          }).get() as any,
        }),
      ],
    });

    expect(read).toEqual({ stored: true });
    const keys = execFileSync('redis-cli', ['-u', redisUrl, '--scan'], {
      encoding: 'utf8',
    });
    // Backstage namespaces keys by plugin and base64-encodes them.
    expect(keys).toContain(
      `cache-probe:${Buffer.from(key).toString('base64')}`,
    );
    await backend.stop();
  });
});
