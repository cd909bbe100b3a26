/** The kinds of work a pipeline does; templates exist for each. */
export const PIPELINE_DOMAINS = [
  'cv',
  'llm',
  'audio',
  'multimodal',
  'time-series',
] as const;
export type PipelineDomain = (typeof PIPELINE_DOMAINS)[number];

export const PIPELINE_DOMAIN_TITLES: Record<PipelineDomain, string> = {
  cv: 'Computer vision',
  llm: 'LLM',
  audio: 'Audio',
  multimodal: 'Multimodal',
  'time-series': 'Time series',
};
