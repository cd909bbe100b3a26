import { WorkspaceRole } from '@internal/plugin-ai-ops-common';

export type DemoWorkspace = {
  name: string;
  title: string;
  description: string;
  owner: string;
  members: { principal: string; role: WorkspaceRole }[];
  /** Template id → pipeline name, created by `createdBy`. */
  pipelines: { template: string; name: string; tags: string[] }[];
  createdBy: string;
};

/**
 * The demo organisation's workspaces, with groups from `catalog-info/org`
 * as members and a pipeline per domain template, so the UI has content.
 */
export const DEMO_ORGANIZATION = {
  name: 'platform',
  title: 'Platform',
  description: 'The demo organisation: ML research and forecasting.',
};

export const demoWorkspaces: DemoWorkspace[] = [
  {
    name: 'ml-research',
    title: 'ML research',
    description:
      'Vision, language, audio and multimodal models of the ML platform team.',
    owner: 'group:default/ml-platform',
    createdBy: 'user:default/grace.yoon',
    members: [
      { principal: 'group:default/ml-platform', role: 'admin' },
      { principal: 'group:default/data-engineering', role: 'editor' },
      { principal: 'group:default/platform-team', role: 'viewer' },
    ],
    pipelines: [
      {
        template: 'cv-shape-classifier',
        name: 'shape-classifier',
        tags: ['vision', 'demo'],
      },
      {
        template: 'llm-text-classifier',
        name: 'review-sentiment',
        tags: ['nlp', 'demo'],
      },
      {
        template: 'audio-tone-classifier',
        name: 'tone-classifier',
        tags: ['audio', 'demo'],
      },
      {
        template: 'multimodal-product-classifier',
        name: 'product-classifier',
        tags: ['catalog', 'demo'],
      },
    ],
  },
  {
    name: 'forecasting',
    title: 'Forecasting',
    description: 'Demand and capacity forecasts of the data engineering team.',
    owner: 'group:default/data-engineering',
    createdBy: 'user:default/erin.jung',
    members: [
      { principal: 'group:default/data-engineering', role: 'admin' },
      { principal: 'group:default/ml-platform', role: 'editor' },
      { principal: 'group:default/finance-analytics', role: 'viewer' },
    ],
    pipelines: [
      {
        template: 'time-series-forecast',
        name: 'daily-demand',
        tags: ['forecast', 'demo'],
      },
    ],
  },
];
