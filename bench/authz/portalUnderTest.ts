/**
 * Child process: a backend with the permission plugin and one policy
 * (`wasm`, `server` or `allow-all`), plus what it needs (auth with guest
 * sign-in, catalog, authz). Started by bench.ts with `--config <file>`.
 */
import { createBackend } from '@backstage/backend-defaults';

const variant = process.env.BENCH_POLICY ?? 'wasm';
const backend = createBackend();
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(import('@internal/plugin-authz-backend'));
backend.add(
  variant === 'allow-all'
    ? import('@backstage/plugin-permission-backend-module-allow-all-policy')
    : import('@internal/plugin-permission-backend-module-opa'),
);
backend.start();
