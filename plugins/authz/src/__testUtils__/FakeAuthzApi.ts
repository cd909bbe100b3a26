import type {
  AuditEntry,
  AuditSettings,
  AuditStats,
} from '@internal/plugin-authz-common';
import type { AuthzApi } from '../api/AuthzApi';
import type * as T from '../api/types';
import * as fixtures from './fixtures';
import { FakeAccess } from './FakeAccess';
import { copy, find, page } from './fakeHelpers';

/**
 * An in-memory AuthzApi over the fixtures: lists filter and page like the
 * server, changes change the state. Tests spy on its methods to check what
 * the UI sent, and push live audit entries with `emitAuditEntry`. The
 * directory, access and audit parts live in one class chain so that the file
 * of each stays short.
 */
export class FakeAuthzApi extends FakeAccess implements AuthzApi {
  audit = copy(fixtures.auditEntries);
  settings: AuditSettings = { retentionDays: 90 };
  #streams: T.AuditStreamHandlers[] = [];

  emitAuditEntry(entry: AuditEntry) {
    this.#streams.forEach(handlers => handlers.onEntry(entry));
  }

  async listAuditEntries(query: T.AuditListQuery) {
    const items = this.audit.filter(
      entry =>
        (!query.kind || entry.kind === query.kind) &&
        (!query.result ||
          (entry.kind === 'decision' && entry.result === query.result)),
    );
    return page(copy(items), query);
  }
  async getAuditEntry(id: string) {
    return copy(find(this.audit, entry => entry.id === id, id));
  }
  async getAuditStats(): Promise<AuditStats> {
    return {
      total: 12,
      decisions: 10,
      changes: 2,
      allowed: 7,
      denied: 2,
      conditional: 1,
      trend: [
        {
          bucketStart: '2025-01-15T08:00:00.000Z',
          allowed: 3,
          denied: 1,
          conditional: 0,
        },
        {
          bucketStart: '2025-01-15T09:00:00.000Z',
          allowed: 4,
          denied: 1,
          conditional: 1,
        },
      ],
    };
  }
  async exportAudit(format: 'csv' | 'json') {
    return new Blob([format === 'csv' ? 'id\n' : '[]']);
  }
  async getAuditSettings() {
    return copy(this.settings);
  }
  async updateAuditSettings(settings: AuditSettings) {
    this.settings = copy(settings);
    return copy(settings);
  }
  streamAuditEntries(_filter: T.AuditFilter, handlers: T.AuditStreamHandlers) {
    this.#streams.push(handlers);
    handlers.onStatusChange('connected');
    return {
      close: () => {
        this.#streams = this.#streams.filter(h => h !== handlers);
        handlers.onStatusChange('closed');
      },
    };
  }
}
