export { portalAuditorServiceFactory } from './portalAuditorServiceFactory';
export {
  portalAuditTopic,
  type PortalAuditEventPayload,
} from './portalAuditTopic';
