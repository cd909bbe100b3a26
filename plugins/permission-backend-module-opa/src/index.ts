/**
 * The portal's only permission policy, backed by the Access family's PDP.
 *
 * @packageDocumentation
 */
export { permissionModuleOpaPolicy as default } from './module';
