import { ConflictError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  aiOpsDatasetEntityRef,
  aiOpsPagePaths,
  DATASET_FORMATS,
  Dataset,
  DatasetVersion,
} from '@internal/plugin-ai-ops-common';
import { AiOpsApiClient, workspacePath } from './AiOpsApiClient';

/** `file://…` and `s3://…` are URIs; anything else is an object store path. */
const versionTarget = (location: string) =>
  /^(file|s3):\/\//.test(location) ? { uri: location } : { path: location };

/**
 * `ai-ops:dataset:register`: creates a dataset and registers its first
 * version (the backend reads it: hash, size, rows, schema) as the user
 * running the template. Each step is checkpointed; a retry that finds the
 * dataset taken accepts it only when the same user created it and it has
 * no version but this one, so it never takes over someone else's dataset.
 */
export function createAiOpsDatasetRegisterAction(options: {
  client: AiOpsApiClient;
  portalUrl: (path: string) => string;
}) {
  const { client, portalUrl } = options;
  return createTemplateAction({
    id: 'ai-ops:dataset:register',
    description:
      'Creates an AI-Ops dataset and registers its first version, read by the backend; idempotent when the task is retried, and supports dry-run.',
    supportsDryRun: true,
    schema: {
      input: {
        workspace: z => z.string().min(1).describe('Workspace name'),
        name: z => z.string().min(1).describe('Dataset name (slug)'),
        title: z => z.string().optional(),
        description: z => z.string().optional(),
        owner: z =>
          z.string().optional().describe('Owner entity ref; default the user'),
        format: z => z.enum(DATASET_FORMATS).describe('csv or jsonl'),
        connection: z =>
          z
            .string()
            .optional()
            .describe(
              'Name or id of the file/s3/minio connection to read through',
            ),
        location: z =>
          z
            .string()
            .min(1)
            .describe(
              'First version: a file:// or s3:// URI, or a path in the workspace’s object store',
            ),
        tags: z => z.array(z.string()).optional(),
      },
      output: {
        datasetId: z => z.string().optional(),
        version: z => z.number().optional(),
        rowCount: z => z.number().optional(),
        hash: z => z.string().optional(),
        entityRef: z => z.string().describe('The dataset’s catalog entity'),
        url: z => z.string().optional().describe('The dataset’s portal page'),
      },
    },
    async handler(ctx) {
      const { input } = ctx;
      const onBehalfOf = await ctx.getInitiatorCredentials();
      const datasetsPath = workspacePath(input.workspace, 'datasets');
      const datasetPath = `${datasetsPath}/${encodeURIComponent(input.name)}`;
      const target = versionTarget(input.location);
      const getDataset = async () => {
        const found = await client.call<Dataset>({
          method: 'GET',
          path: datasetPath,
          onBehalfOf,
          accept: [404],
        });
        return found.status === 404 ? undefined : found.body;
      };
      const taken = () =>
        new ConflictError(
          `A dataset named '${input.name}' already exists in workspace '${input.workspace}'`,
        );

      const connectionId =
        input.connection &&
        (
          await client.call<{ id: string }>({
            method: 'GET',
            path: workspacePath(
              input.workspace,
              'connections',
              input.connection,
            ),
            onBehalfOf,
          })
        ).body.id;
      ctx.output(
        'entityRef',
        aiOpsDatasetEntityRef(input.workspace, input.name),
      );
      if (ctx.isDryRun) {
        if (await getDataset()) throw taken();
        ctx.logger.info(
          `Dry run: ${input.workspace}/${input.name} would be created from ${input.location}`,
        );
        return;
      }

      const dataset = await ctx.checkpoint({
        key: `ai-ops-dataset-create:${input.workspace}/${input.name}`,
        fn: async () => {
          const created = await client.call<Dataset>({
            method: 'POST',
            path: datasetsPath,
            body: {
              name: input.name,
              title: input.title,
              description: input.description,
              owner: input.owner,
              format: input.format,
              connectionId,
              tags: input.tags ?? [],
            },
            onBehalfOf,
            accept: [409],
          });
          if (created.status !== 409) return created.body;
          const existing = await getDataset();
          const ours =
            existing?.createdBy === ctx.user?.ref &&
            (existing?.latestVersion ?? 1) === 1;
          if (!existing || !ours) throw taken();
          return existing;
        },
      });

      const version = await ctx.checkpoint({
        key: `ai-ops-dataset-version:${input.workspace}/${input.name}`,
        fn: async () => {
          if (dataset.latestVersion === undefined) {
            const registered = await client.call<DatasetVersion>({
              method: 'POST',
              path: `${datasetPath}/versions`,
              body: target,
              onBehalfOf,
            });
            return registered.body;
          }
          const first = await client.call<DatasetVersion>({
            method: 'GET',
            path: `${datasetPath}/versions/1`,
            onBehalfOf,
          });
          const sameSource =
            'uri' in target
              ? first.body.storageUri === target.uri
              : first.body.storageUri.endsWith(`/${target.path}`);
          if (!sameSource) throw taken();
          return first.body;
        },
      });
      ctx.logger.info(
        `Dataset ${input.workspace}/${input.name} version ${version.version}: ${version.rowCount} rows, ${version.hash}`,
      );
      ctx.output('datasetId', dataset.id);
      ctx.output('version', version.version);
      ctx.output('rowCount', version.rowCount);
      ctx.output('hash', version.hash);
      ctx.output(
        'url',
        portalUrl(aiOpsPagePaths.dataset(input.workspace, input.name)),
      );
    },
  });
}
