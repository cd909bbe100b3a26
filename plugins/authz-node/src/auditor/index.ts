export { portalAuditorServiceFactory } from './portalAuditorServiceFactory';
export {
  portalAuditTopic,
  type PortalAuditEventPayload,
} from './portalAuditTopic';
export { auditChange, type AuditMeta } from './auditChange';
