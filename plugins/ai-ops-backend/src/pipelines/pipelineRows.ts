import {
  GraphChanges,
  PipelineDomain,
  PipelineGraph,
  PipelineSummary,
  PipelineVersion,
  PipelineVersionSummary,
} from '@internal/plugin-ai-ops-common';
import { optionalText, parseJsonColumn, toIso } from '../database/dbValues';

export function toPipelineSummary(
  row: Record<string, unknown>,
): PipelineSummary {
  return {
    id: String(row.id),
    workspace: String(row.workspace),
    name: String(row.name),
    title: String(row.title),
    description: optionalText(row.description),
    domain: row.domain as PipelineDomain,
    tags: parseJsonColumn<string[]>(row.tags, []),
    owner: String(row.owner),
    currentVersion: Number(row.current_version),
    createdBy: String(row.created_by),
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}

const noChanges: GraphChanges = {
  nodesAdded: [],
  nodesRemoved: [],
  nodesChanged: [],
  edgesAdded: [],
  edgesRemoved: [],
};

export function toVersionSummary(
  row: Record<string, unknown>,
): PipelineVersionSummary {
  return {
    pipelineId: String(row.pipeline_id),
    version: Number(row.version),
    author: String(row.author),
    message: String(row.message),
    createdAt: toIso(row.created_at),
    changes: parseJsonColumn(row.changes_json, noChanges),
  };
}

export function toVersion(row: Record<string, unknown>): PipelineVersion {
  return {
    ...toVersionSummary(row),
    graph: parseJsonColumn<PipelineGraph>(row.graph_json, {
      nodes: [],
      edges: [],
    }),
  };
}

/** `%`, `_` and `\` taken literally in a LIKE pattern (escape `\`). */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, c => `\\${c}`)}%`;
}
