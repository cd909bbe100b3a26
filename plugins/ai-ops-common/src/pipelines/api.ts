import { z } from 'zod';
import { entityRefSchema, slugSchema } from '../tenancy';
import { PIPELINE_DOMAINS, PipelineDomain } from './domains';
import { PipelineGraph } from './graph';
import { GraphChanges } from './graphChanges';

export type PipelineSummary = {
  id: string;
  /** The workspace's name. */
  workspace: string;
  name: string;
  title: string;
  description?: string;
  domain: PipelineDomain;
  tags: string[];
  owner: string;
  currentVersion: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
};

export type PipelineVersionSummary = {
  pipelineId: string;
  version: number;
  author: string;
  message: string;
  createdAt: string;
  /** What changed from the version before (everything added for v1). */
  changes: GraphChanges;
};

export type PipelineVersion = PipelineVersionSummary & { graph: PipelineGraph };

/** `GET …/pipelines/:id`: the pipeline with its current graph. */
export type PipelineDetail = PipelineSummary & { graph: PipelineGraph };

export type PipelineList = {
  items: PipelineSummary[];
  totalCount: number;
  /** The `offset` of the next page, when there is one. */
  nextOffset?: number;
};

/** A domain's starting graph, for `New pipeline` and the templates. */
export type PipelineTemplate = {
  id: string;
  domain: PipelineDomain;
  title: string;
  description: string;
  graph: PipelineGraph;
};

export const pipelineTagSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9:._-]{0,62}$/, 'Use lower-case tags');
const tags = z.array(pipelineTagSchema).max(20);
const title = z.string().min(1).max(200);
const description = z.string().max(4000);

/**
 * `POST /workspaces/:ws/pipelines`: a graph, or a template to start from
 * (the domain's default template when neither is given).
 */
export const createPipelineRequestSchema = z.object({
  name: slugSchema,
  title,
  description: description.optional(),
  domain: z.enum(PIPELINE_DOMAINS),
  tags: tags.default([]),
  /** Defaults to the workspace's owner. */
  owner: entityRefSchema.optional(),
  template: z.string().min(1).max(100).optional(),
  /** Checked with `validateGraph`; a 400 names the node and field. */
  graph: z.unknown().optional(),
  message: z.string().min(1).max(500).default('Created'),
});
export type CreatePipelineRequest = z.input<typeof createPipelineRequestSchema>;

export const updatePipelineRequestSchema = z
  .object({
    title,
    description: description.nullable(),
    domain: z.enum(PIPELINE_DOMAINS),
    tags,
    owner: entityRefSchema,
  })
  .partial()
  .strict();
export type UpdatePipelineRequest = z.input<typeof updatePipelineRequestSchema>;

export const clonePipelineRequestSchema = z.object({
  name: slugSchema,
  title: title.optional(),
  /** Clone into another workspace (the caller must edit pipelines there). */
  workspace: slugSchema.optional(),
});
export type ClonePipelineRequest = z.input<typeof clonePipelineRequestSchema>;

export const createPipelineVersionRequestSchema = z.object({
  graph: z.unknown(),
  message: z.string().min(1).max(500),
  /** When set, a 409 if another version was saved since this one. */
  baseVersion: z.number().int().min(1).optional(),
});
export type CreatePipelineVersionRequest = z.input<
  typeof createPipelineVersionRequestSchema
>;

export const validateGraphRequestSchema = z.object({ graph: z.unknown() });

export const listPipelinesQuerySchema = z.object({
  /** Words matched against name, title, description and tags. */
  q: z.string().max(200).optional(),
  domain: z.enum(PIPELINE_DOMAINS).optional(),
  tag: pipelineTagSchema.optional(),
  owner: entityRefSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ListPipelinesQuery = z.input<typeof listPipelinesQuerySchema>;
export type ListPipelinesFilter = z.infer<typeof listPipelinesQuerySchema>;

export const listTemplatesQuerySchema = z.object({
  domain: z.enum(PIPELINE_DOMAINS).optional(),
});
