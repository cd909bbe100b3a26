export { AuditStore, type AuditListener } from './AuditStore';
export type { AuditFilter } from './auditFilter';
export type { AuditStatsQuery } from './auditStats';
export { startAuditBackgroundWork } from './startAuditBackgroundWork';
export { matchesAuditFilter } from './auditFilter';
