import type { ConnectionType } from '@internal/plugin-ai-ops-common';

/** An example of each type's settings, to start from. */
export const EXAMPLES: Record<ConnectionType, string> = {
  postgres:
    '{"host": "db.internal", "port": 5432, "database": "sales", "user": "reader"}',
  mysql:
    '{"host": "db.internal", "port": 3306, "database": "sales", "user": "reader"}',
  sqlite: '{"path": "/data/sales.db"}',
  s3: '{"endpoint": "https://s3.amazonaws.com", "bucket": "datasets", "accessKey": "AKIA..."}',
  minio:
    '{"endpoint": "http://minio.internal:9000", "bucket": "datasets", "accessKey": "reader"}',
  file: '{"directory": "/data/datasets"}',
  http: '{"url": "https://data.example.com/"}',
};

/** The typed settings, or the text itself for the schema to refuse. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text; // the schema then says the settings are not an object
  }
}
