/**
 * Types, permissions and schemas shared by the Access (authz) family.
 *
 * @packageDocumentation
 */
export * from './permissions';
export * from './policyDocument';
export * from './policyDocumentErrors';
export * from './model';
export * from './decision';
export * from './audit';
export * from './resourceTypes';
export * from './api';
export * from './pdpData';
export * from './dryRun';
export * from './topics';
