export { auditChange, type AuditMeta } from '@internal/plugin-authz-node';
