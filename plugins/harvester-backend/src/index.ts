/**
 * The harvester family's backend plugin.
 *
 * @packageDocumentation
 */
export { harvesterPlugin as default } from './plugin';
