/**
 * The AI-Ops family's backend plugin.
 *
 * @packageDocumentation
 */
export { aiOpsPlugin as default } from './plugin';
