import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

/** Applies the knex migrations in the package's `migrations/` folder. */
export async function applyDatabaseMigrations(knex: Knex): Promise<void> {
  const directory = resolvePackagePath(
    '@internal/plugin-ai-ops-backend',
    'migrations',
  );
  await knex.migrate.latest({ directory });
}
