/**
 * Extension points of the harvester family.
 *
 * @packageDocumentation
 */
export * from './clusters';
