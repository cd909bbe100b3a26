import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { resolvePackagePath } from '@backstage/backend-plugin-api';

const repoRoot = resolvePackagePath('backend', '../..');
const manifestDir = join(repoRoot, 'deploy/kubernetes');

const manifests = readdirSync(manifestDir)
  .filter(file => file.endsWith('.yaml') && file !== 'kustomization.yaml')
  .flatMap(file =>
    parseAllDocuments(readFileSync(join(manifestDir, file), 'utf8')).map(
      document => document.toJS(),
    ),
  );
const byKind = (kind: string) => manifests.filter(m => m.kind === kind);

describe('deploy/kubernetes', () => {
  const [deployment] = byKind('Deployment');
  const container = deployment.spec.template.spec.containers[0];

  it('runs two replicas that are ready only when Backstage says so', () => {
    expect(deployment.spec.replicas).toBe(2);
    expect(container.readinessProbe.httpGet.path).toBe(
      '/.backstage/health/v1/readiness',
    );
    expect(container.args).toEqual([
      '--config',
      'app-config.yaml',
      '--config',
      'app-config.production.yaml',
    ]);
  });

  it('provides every variable app-config.production.yaml reads', () => {
    const production = readFileSync(
      join(repoRoot, 'app-config.production.yaml'),
      'utf8',
    );
    const wanted = [...production.matchAll(/\$\{([A-Z0-9_]+)\}/g)].map(
      m => m[1],
    );
    const [configMap] = byKind('ConfigMap');
    const provided = new Set([
      ...Object.keys(configMap.data),
      ...container.env.map((e: { name: string }) => e.name),
    ]);
    expect(wanted.filter(name => !provided.has(name))).toEqual([]);
  });

  it('references secrets without committing any', () => {
    expect(byKind('Secret')).toEqual([]);
    const secretRefs = container.env.filter(
      (e: any) => e.valueFrom?.secretKeyRef,
    );
    expect(secretRefs.map((e: any) => e.name).sort()).toEqual([
      'AI_OPS_KUBERNETES_CA_DATA',
      'AI_OPS_KUBERNETES_TOKEN',
      'AI_OPS_S3_ACCESS_KEY',
      'AI_OPS_S3_SECRET_KEY',
      'AI_OPS_SECRET_KEY',
      'AUTH_SESSION_SECRET',
      'HARVESTER_CA_DATA',
      'HARVESTER_TOKEN',
      'NEO4J_PASSWORD',
      'OIDC_CLIENT_SECRET',
      'POSTGRES_PASSWORD',
      'POSTGRES_USER',
      'REDIS_URL',
    ]);
  });

  it('routes the Service to the container port', () => {
    const [service] = byKind('Service');
    expect(service.spec.selector).toEqual(deployment.spec.selector.matchLabels);
    expect(service.spec.ports[0].targetPort).toBe(container.ports[0].name);
  });
});
