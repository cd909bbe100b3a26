/**
 * Test helpers for the portal's catalog entity provider modules.
 *
 * @packageDocumentation
 */
export { startEntityProviderModule } from './startEntityProviderModule';
export { connectRecording } from './connectRecording';
