import { LoggerService } from '@backstage/backend-plugin-api';
import { ConflictError } from '@backstage/errors';
import { pipelineTemplates } from '@internal/plugin-ai-ops-common';
import { Knex } from 'knex';
import { PipelineStore } from '../pipelines/PipelineStore';
import { OrganizationStore } from '../tenancy/OrganizationStore';
import { WorkspaceStore } from '../tenancy/WorkspaceStore';
import { DEMO_ORGANIZATION, demoWorkspaces } from './demoWorkspaces';

const DEMO_ACTOR = 'plugin:ai-ops';

// Another replica may be seeding at the same time: its row is as good.
export async function unlessTaken<T>(create: () => Promise<T>): Promise<void> {
  try {
    await create();
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
  }
}

/**
 * Creates the demo organisation, its workspaces and their pipelines where
 * missing; what exists (also when edited since) is left as it is. Answers
 * how many things it created.
 */
export async function seedDemoContent(
  knex: Knex,
  logger: LoggerService,
): Promise<number> {
  const organizations = new OrganizationStore(knex);
  const workspaces = new WorkspaceStore(knex);
  const pipelines = new PipelineStore(knex);
  let created = 0;

  if (!(await organizations.get(DEMO_ORGANIZATION.name))) {
    await unlessTaken(() =>
      organizations.create(DEMO_ORGANIZATION, DEMO_ACTOR),
    );
    created++;
  }
  const organization = await organizations.require(DEMO_ORGANIZATION.name);
  for (const demo of demoWorkspaces) {
    if (!(await workspaces.get(demo.name))) {
      await unlessTaken(() =>
        workspaces.create(organization, demo, demo.createdBy),
      );
      created++;
    }
    const workspace = (await workspaces.get(demo.name))!;
    for (const { template, name, tags } of demo.pipelines) {
      if (await pipelines.get(workspace.id, name)) continue;
      const source = pipelineTemplates.find(t => t.id === template)!;
      await unlessTaken(() =>
        pipelines.create(
          workspace,
          {
            name,
            title: source.title,
            description: source.description,
            domain: source.domain,
            tags,
            owner: demo.owner,
            graph: source.graph,
            message: `Created from the ${source.title} template`,
          },
          demo.createdBy,
        ),
      );
      created++;
    }
  }
  if (created > 0) logger.info(`AI-Ops demo content: created ${created}`);
  return created;
}
