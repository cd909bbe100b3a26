import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { describeIssues } from '@internal/plugin-authz-common';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { DemoGovernance, demoGovernanceSchema } from './demoGovernanceSchema';

/** The demo content shipped with the plugin. */
export const demoGovernanceFile = () =>
  resolvePackagePath(
    '@internal/plugin-data-catalog-backend',
    'demo/governance.yaml',
  );

/**
 * Reads and validates a demo content file; a bad file is an error naming
 * the file and each bad path in it (`tables.customers.tags[0]: …`).
 */
export async function loadDemoGovernance(
  file: string,
): Promise<DemoGovernance> {
  let document: unknown;
  try {
    document = parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`Invalid demo content ${file}: ${error}`);
  }
  const result = demoGovernanceSchema.safeParse(document ?? {});
  if (!result.success) {
    const problems = describeIssues(result.error)
      .map(p => (p.path ? `${p.path}: ${p.message}` : p.message))
      .join('; ');
    throw new Error(`Invalid demo content ${file}: ${problems}`);
  }
  return result.data;
}
