import type { RequestSchema } from '@internal/portal-react';
import type { SettingUpdateRequest } from '../../api/types';

/** The Harvester Setting that says where backups go. */
export const BACKUP_TARGET_SETTING = 'backup-target';

/** The `backup-target` setting's JSON as the form edits it. */
export type BackupTargetValues = {
  type: 'none' | 'nfs' | 's3';
  endpoint: string;
  bucketName: string;
  bucketRegion: string;
  /** The Secret holding the S3 keys: keys never go into the value itself. */
  credentialSecret: string;
};

type StoredTarget = Record<string, unknown>;

/**
 * The form values of a stored value, and the stored JSON itself so the S3
 * options the form does not edit (cert, virtualHostedStyle) survive. A
 * value that is no JSON (an old `nfs://…` string) becomes its endpoint.
 */
export function readBackupTarget(raw: string | undefined): {
  values: BackupTargetValues;
  stored: StoredTarget;
} {
  let stored: StoredTarget = {};
  const text = raw?.trim() ?? '';
  try {
    const parsed = text ? JSON.parse(text) : {};
    if (parsed && typeof parsed === 'object') stored = parsed;
  } catch {
    stored = { type: text.startsWith('nfs://') ? 'nfs' : '', endpoint: text };
  }
  const field = (key: string) =>
    typeof stored[key] === 'string' ? (stored[key] as string) : '';
  const type = field('type');
  return {
    values: {
      type: type === 'nfs' || type === 's3' ? type : 'none',
      endpoint: field('endpoint'),
      bucketName: field('bucketName'),
      bucketRegion: field('bucketRegion'),
      credentialSecret: field('credentialSecret'),
    },
    stored,
  };
}

function issue(path: keyof BackupTargetValues, message: string) {
  return {
    success: false as const,
    error: { issues: [{ path: [path], message }] },
  };
}

/** Empty optional fields are left out of the JSON. */
function present(fields: Record<string, unknown>) {
  return Object.fromEntries(
    Object.entries(fields).filter(
      ([, value]) => value !== '' && value !== undefined,
    ),
  );
}

/**
 * Checks the fields Harvester needs for the chosen type and writes the
 * setting's JSON with only the keys that type takes; `none` clears the
 * target (backups are then refused, snapshots still work).
 */
export function backupTargetSchema(
  stored: StoredTarget,
): RequestSchema<SettingUpdateRequest> {
  return {
    safeParse(input: unknown) {
      const v = input as BackupTargetValues;
      const endpoint = v.endpoint.trim();
      if (v.type === 'none') return { success: true, data: { value: '' } };
      if (v.type === 'nfs') {
        if (!/^nfs:\/\/.+/.test(endpoint)) {
          return issue(
            'endpoint',
            'An NFS endpoint looks like nfs://host:/export/path',
          );
        }
        return {
          success: true,
          data: { value: JSON.stringify({ type: 'nfs', endpoint }) },
        };
      }
      if (!v.bucketName.trim()) {
        return issue('bucketName', 'An S3 target needs a bucket');
      }
      if (!v.bucketRegion.trim()) {
        return issue('bucketRegion', 'An S3 target needs the bucket region');
      }
      const value = present({
        type: 's3',
        endpoint,
        bucketName: v.bucketName.trim(),
        bucketRegion: v.bucketRegion.trim(),
        credentialSecret: v.credentialSecret.trim(),
        virtualHostedStyle: stored.virtualHostedStyle,
        cert: stored.cert,
      });
      return { success: true, data: { value: JSON.stringify(value) } };
    },
  };
}
