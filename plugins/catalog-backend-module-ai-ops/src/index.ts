/**
 * Catalog module: AI-Ops pipelines and datasets as catalog entities, from
 * the ai-ops backend.
 *
 * @packageDocumentation
 */
export { catalogModuleAiOps as default } from './module';
export { AiOpsEntityProvider } from './AiOpsEntityProvider';
