import { z } from 'zod';

/** Edge types of the one lineage graph (ARCHITECTURE.md). */
export const lineageEdgeTypes = [
  'derives',
  'reads',
  'writes',
  'trains',
  'serves',
  'runs-on',
] as const;
export type LineageEdgeType = (typeof lineageEdgeTypes)[number];

export const lineageEdgeSources = [
  'manual',
  'view',
  'query',
  'foreign-key',
  'pipeline',
  'scaffolder',
] as const;
export type LineageEdgeSource = (typeof lineageEdgeSources)[number];

/** A node: an entity ref, or an entity ref plus a column. */
export const lineageNodeSchema = z.object({
  entityRef: z.string().min(1),
  column: z.string().min(1).optional(),
});
export type LineageNode = z.infer<typeof lineageNodeSchema>;

export const lineageEdgeInputSchema = z.object({
  from: lineageNodeSchema,
  to: lineageNodeSchema,
  type: z.enum(lineageEdgeTypes),
  source: z.enum(lineageEdgeSources),
});
export type LineageEdgeInput = z.infer<typeof lineageEdgeInputSchema>;

export type LineageEdge = LineageEdgeInput & {
  createdAt: string;
  updatedAt: string;
};

export type LineageNeighbours = {
  node: LineageNode;
  upstream: LineageEdge[];
  downstream: LineageEdge[];
};

/** `GET /lineage`: a node and which of its edges to answer. */
export const lineageQuerySchema = lineageNodeSchema.extend({
  direction: z.enum(['up', 'down', 'both']).default('both'),
});
export type LineageQuery = z.input<typeof lineageQuerySchema>;

/** Edges one `POST`/`DELETE /lineage/edges` takes; clients send more in parts. */
export const MAX_LINEAGE_EDGES_PER_REQUEST = 1000;

/** Body of `POST /lineage/edges` (upsert) and `DELETE /lineage/edges`. */
export const lineageEdgesRequestSchema = z.object({
  edges: z
    .array(lineageEdgeInputSchema)
    .min(1)
    .max(MAX_LINEAGE_EDGES_PER_REQUEST),
});
export type LineageEdgesRequest = z.infer<typeof lineageEdgesRequestSchema>;
