/**
 * The Access family's policy decision point and what plugins share with it.
 *
 * @packageDocumentation
 */
export * from './journal';
export * from './pdp';
export * from './http';
export * from './auditor';
