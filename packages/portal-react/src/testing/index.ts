/**
 * Test helpers for pages built with `@internal/portal-react`: render a page
 * in a test app, and drive its dialogs as a user would.
 */
export { renderPluginPage, type RenderedPage } from './renderPluginPage';
export { choose, fill, openDialog, press } from './dialogs';
