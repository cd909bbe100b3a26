import { Entity } from '@backstage/catalog-model';
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

const orgDir = path.resolve(__dirname, '../../../../../catalog-info/org');

/** The demo org (catalog-info/org) exactly as the portal registers it. */
export function demoOrgEntities(): Entity[] {
  return fs
    .readdirSync(orgDir)
    .filter(file => file.endsWith('.yaml'))
    .flatMap(file =>
      parseAllDocuments(fs.readFileSync(path.join(orgDir, file), 'utf8')),
    )
    .map(doc => doc.toJS() as Entity);
}
