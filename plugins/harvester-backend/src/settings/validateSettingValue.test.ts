import { validateSettingValue } from './validateSettingValue';

const backupTarget = (target: object) =>
  validateSettingValue('backup-target', JSON.stringify(target));

describe('validateSettingValue', () => {
  it.each([
    { type: 's3', bucketName: 'backups', bucketRegion: 'us-east-1' },
    {
      type: 's3',
      endpoint: 'https://minio.example:9000',
      bucketName: 'backups',
      bucketRegion: 'us-east-1',
      credentialSecret: 'minio-credentials',
      virtualHostedStyle: false,
    },
    { type: 'nfs', endpoint: 'nfs://10.0.0.5:/exports/harvester' },
  ])('accepts the backup target %j', target => {
    expect(() => backupTarget(target)).not.toThrow();
  });

  it('accepts an empty value (no backup target)', () => {
    expect(() => validateSettingValue('backup-target', '')).not.toThrow();
  });

  it.each([
    [{ type: 'ftp' }, /value\.type: /],
    [
      { type: 's3', bucketRegion: 'eu-west-1' },
      /value\.bucketName: required for an s3 target/,
    ],
    [
      { type: 's3', bucketName: 'b' },
      /value\.bucketRegion: required for an s3 target/,
    ],
    [
      { type: 'nfs' },
      /value\.endpoint: an nfs target needs an endpoint like nfs:/,
    ],
    [{ type: 'nfs', endpoint: 'https://x' }, /value\.endpoint: /],
    [
      { type: 'nfs', endpoint: 'nfs://x:/y', bucketName: 'b' },
      /value\.bucketName: not used by an nfs target/,
    ],
    [
      { type: 's3', bucketName: 'b', bucketRegion: 'r', secretAccessKey: 'x' },
      /value: .*secretAccessKey/,
    ],
  ])('refuses the backup target %j naming the field', (target, message) => {
    expect(() => backupTarget(target)).toThrow(message);
  });

  it('refuses a backup target that is not JSON', () => {
    expect(() => validateSettingValue('backup-target', '{type: s3')).toThrow(
      /value: backup-target must be JSON/,
    );
  });

  it('leaves other settings to Harvester', () => {
    expect(() => validateSettingValue('ui-index', 'not json')).not.toThrow();
  });
});
