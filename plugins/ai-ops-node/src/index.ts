/**
 * Extension points of the AI-Ops family: task executors and the object
 * store for logs and artifacts.
 *
 * @packageDocumentation
 */
export * from './executors';
export * from './objectStore';
export * from './placeholders';
