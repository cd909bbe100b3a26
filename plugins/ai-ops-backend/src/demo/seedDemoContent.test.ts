import { mockServices } from '@backstage/backend-test-utils';
import { validateGraph } from '@internal/plugin-ai-ops-common';
import { describeOnBothDatabases } from '@internal/testing';
import { applyDatabaseMigrations } from '../database/migrations';
import { PipelineStore } from '../pipelines/PipelineStore';
import { WorkspaceStore } from '../tenancy/WorkspaceStore';
import { seedDemoContent } from './seedDemoContent';

describeOnBothDatabases('seedDemoContent', databases => {
  it.each(databases.eachSupportedId())(
    'creates the demo workspaces and pipelines once on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await applyDatabaseMigrations(knex);
      const logger = mockServices.logger.mock();

      expect(await seedDemoContent(knex, logger)).toBe(1 + 2 + 5);
      const workspaces = new WorkspaceStore(knex);
      const research = (await workspaces.get('ml-research'))!;
      expect(research).toMatchObject({
        organization: 'platform',
        owner: 'group:default/ml-platform',
        createdBy: 'user:default/grace.yoon',
      });
      expect(
        (await workspaces.members(research.id)).map(m => [m.principal, m.role]),
      ).toEqual([
        ['group:default/ml-platform', 'admin'],
        ['group:default/data-engineering', 'editor'],
        ['group:default/platform-team', 'viewer'],
      ]);
      const store = new PipelineStore(knex);
      const listed = await store.list(research.id, { limit: 50, offset: 0 });
      expect(listed.items.map(p => p.domain).sort()).toEqual([
        'audio',
        'cv',
        'llm',
        'multimodal',
      ]);
      for (const pipeline of listed.items) {
        const { graph } = await store.detail(pipeline);
        expect(validateGraph(graph).valid).toBe(true);
      }

      // A later start leaves edits alone and adds only what is missing.
      await store.delete((await store.get(research.id, 'tone-classifier'))!);
      await workspaces.update(research, { title: 'Research' });
      expect(await seedDemoContent(knex, logger)).toBe(1);
      expect((await workspaces.get('ml-research'))!.title).toBe('Research');
      expect(await seedDemoContent(knex, logger)).toBe(0);
    },
  );
});
