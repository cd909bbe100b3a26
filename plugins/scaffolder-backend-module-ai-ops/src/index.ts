/**
 * Scaffolder module: the AI-Ops actions `ai-ops:pipeline:create` and
 * `ai-ops:dataset:register`.
 *
 * @packageDocumentation
 */
export { scaffolderModuleAiOps as default } from './module';
