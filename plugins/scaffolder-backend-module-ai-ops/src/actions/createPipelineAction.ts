import { ConflictError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  aiOpsPagePaths,
  aiOpsPipelineEntityRef,
  PIPELINE_DOMAINS,
  PipelineSummary,
  PipelineVersionSummary,
} from '@internal/plugin-ai-ops-common';
import { AiOpsApiClient, workspacePath } from './AiOpsApiClient';
import { pickTemplate } from './pickTemplate';

/**
 * The first version's message names the task and pipeline: a retried task
 * that finds the name taken recognises its own pipeline by it.
 */
export const creationMessage = (taskId: string, name: string) =>
  `Created by Scaffolder task ${taskId} (${name})`;

/**
 * `ai-ops:pipeline:create`: creates a pipeline from a domain template
 * through the ai-ops backend as the user running the template. Retrying the
 * task returns the pipeline it created instead of a second one; a dry run
 * checks the workspace, template and name and creates nothing.
 */
export function createAiOpsPipelineCreateAction(options: {
  client: AiOpsApiClient;
  portalUrl: (path: string) => string;
}) {
  const { client, portalUrl } = options;
  return createTemplateAction({
    id: 'ai-ops:pipeline:create',
    description:
      'Creates an AI-Ops pipeline from a domain template, owned by the given owner; idempotent when the task is retried, and supports dry-run.',
    supportsDryRun: true,
    schema: {
      input: {
        workspace: z => z.string().min(1).describe('Workspace name'),
        name: z => z.string().min(1).describe('Pipeline name (slug)'),
        title: z => z.string().min(1).describe('Title'),
        description: z => z.string().optional(),
        domain: z =>
          z
            .enum(PIPELINE_DOMAINS)
            .optional()
            .describe('Domain; default the template’s'),
        template: z =>
          z
            .string()
            .optional()
            .describe(
              'Template id (GET /templates); default the domain’s first',
            ),
        owner: z =>
          z
            .string()
            .optional()
            .describe('Owner entity ref; default the workspace’s'),
        tags: z => z.array(z.string()).optional(),
      },
      output: {
        pipelineId: z => z.string().optional(),
        entityRef: z => z.string().describe('The pipeline’s catalog entity'),
        url: z => z.string().optional().describe('The pipeline’s portal page'),
        created: z =>
          z
            .boolean()
            .optional()
            .describe('False when a retry found it created'),
      },
    },
    async handler(ctx) {
      const { input } = ctx;
      const onBehalfOf = await ctx.getInitiatorCredentials();
      const pipelinesPath = workspacePath(input.workspace, 'pipelines');
      const message = creationMessage(ctx.task.id, input.name);

      const template = await pickTemplate(client, input, onBehalfOf);

      const findExisting = async () => {
        const existing = await client.call<PipelineSummary>({
          method: 'GET',
          path: `${pipelinesPath}/${encodeURIComponent(input.name)}`,
          onBehalfOf,
          accept: [404],
        });
        return existing.status === 404 ? undefined : existing.body;
      };
      const taken = () =>
        new ConflictError(
          `A pipeline named '${input.name}' already exists in workspace '${input.workspace}'`,
        );

      ctx.output(
        'entityRef',
        aiOpsPipelineEntityRef(input.workspace, input.name),
      );
      if (ctx.isDryRun) {
        if (await findExisting()) {
          throw taken();
        }
        ctx.logger.info(
          `Dry run: ${input.workspace}/${input.name} would be created from ${template.id}`,
        );
        return;
      }

      const result = await ctx.checkpoint({
        key: `ai-ops-pipeline-create:${input.workspace}/${input.name}`,
        fn: async () => {
          const created = await client.call<PipelineSummary>({
            method: 'POST',
            path: pipelinesPath,
            body: {
              name: input.name,
              title: input.title,
              description: input.description,
              domain: template.domain,
              template: template.id,
              owner: input.owner,
              tags: input.tags ?? [],
              message,
            },
            onBehalfOf,
            accept: [409],
          });
          if (created.status !== 409) {
            return { id: created.body.id, created: true };
          }
          const existing = await findExisting();
          const first =
            existing &&
            (await client.call<PipelineVersionSummary>({
              method: 'GET',
              path: `${pipelinesPath}/${encodeURIComponent(
                existing.id,
              )}/versions/1`,
              onBehalfOf,
            }));
          if (!existing || first?.body.message !== message) {
            throw taken();
          }
          return { id: existing.id, created: false };
        },
      });
      ctx.logger.info(
        result.created
          ? `Created pipeline ${input.workspace}/${input.name}`
          : `Pipeline ${input.workspace}/${input.name} was created by this task before`,
      );
      ctx.output('pipelineId', result.id);
      ctx.output('created', result.created);
      ctx.output(
        'url',
        portalUrl(aiOpsPagePaths.pipeline(input.workspace, input.name)),
      );
    },
  });
}
