import { InputError } from '@backstage/errors';
import { toIso } from '../database/dbValues';

/** The last row of a page: newest first by (created_at, id). */
export type RunCursor = { createdAt: Date; id: string };

export function encodeRunCursor(row: { created_at: unknown; id: string }) {
  return Buffer.from(
    JSON.stringify([Date.parse(toIso(row.created_at)), row.id]),
  ).toString('base64url');
}

export function decodeRunCursor(cursor: string): RunCursor {
  try {
    const [ms, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    if (typeof ms === 'number' && typeof id === 'string') {
      return { createdAt: new Date(ms), id };
    }
  } catch {
    // reported below
  }
  throw new InputError('Invalid request: cursor: not a cursor of this list');
}
