import { Grid, Select, TextField } from '@backstage/ui';
import type { FieldBinding } from '@internal/portal-react';
import type { BackupTargetValues } from './backupTarget';

const types = [
  { id: 'none', label: 'None (backups disabled)' },
  { id: 'nfs', label: 'NFS' },
  { id: 's3', label: 'S3' },
];

/** The backup target as fields: an NFS export, or an S3 bucket and its credentials. */
export function BackupTargetFields(props: {
  values: BackupTargetValues;
  field(key: keyof BackupTargetValues): FieldBinding;
  onTypeChange(type: BackupTargetValues['type']): void;
}) {
  const { values, field } = props;
  return (
    <>
      <Select
        label="Type"
        options={types}
        value={values.type}
        onChange={key =>
          props.onTypeChange(String(key) as BackupTargetValues['type'])
        }
      />
      {values.type === 'none' ? null : (
        <TextField
          label="Endpoint"
          isRequired={values.type === 'nfs'}
          placeholder={
            values.type === 'nfs'
              ? 'nfs://backup.example.com:/exports/harvester'
              : 'https://s3.example.com'
          }
          description={values.type === 's3' ? 'Empty for AWS S3' : undefined}
          {...field('endpoint')}
        />
      )}
      {values.type === 's3' ? (
        <Grid.Root columns="2" gap="3">
          <TextField label="Bucket" isRequired {...field('bucketName')} />
          <TextField label="Region" isRequired {...field('bucketRegion')} />
          <TextField
            label="Credential secret"
            placeholder="s3-backup-credentials"
            description="The Secret holding the S3 access keys"
            {...field('credentialSecret')}
          />
        </Grid.Root>
      ) : null}
    </>
  );
}
