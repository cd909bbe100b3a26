// Applies the CustomResourceDefinitions of a Harvester cluster to the local
// API server and waits until each is Established.
//
// Usage: node apply-crds.mjs <shared crds dir> <output dir> <kubeconfig>
//
// <shared crds dir>/harvesterhci/*.yaml are whole CRDs. <shared crds dir>/kubevirt/
// holds only the openAPIV3Schema of KubeVirt's resources, so their CRDs are
// built here (as KubeVirt's virt-operator does) and written to <output dir>.
// portal-crds/*.yaml next to this script are whole CRDs a Harvester cluster
// also serves that the shared directory does not ship (Multus, Longhorn,
// network controller, node disk manager, a metrics.k8s.io stand-in).
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import https from 'node:https';
import { createRequire } from 'node:module';
import * as k8s from '@kubernetes/client-node';

// The client's own YAML helpers turn CRDs into its typed models, which lose the
// schemas' x-kubernetes-* extensions; its js-yaml keeps the documents as they are.
const yaml = createRequire(import.meta.resolve('@kubernetes/client-node'))(
  'js-yaml',
);

const [crdsDir, outDir, kubeconfig] = process.argv.slice(2);
if (!kubeconfig) {
  throw new Error('usage: apply-crds.mjs <crds dir> <output dir> <kubeconfig>');
}

const kubevirt = [
  {
    file: 'virtualmachine.openapi.yaml',
    kind: 'VirtualMachine',
    plural: 'virtualmachines',
    shortNames: ['vm', 'vms'],
    status: true,
    columns: [
      { name: 'Age', type: 'date', jsonPath: '.metadata.creationTimestamp' },
      { name: 'Status', type: 'string', jsonPath: '.status.printableStatus' },
      {
        name: 'Ready',
        type: 'string',
        jsonPath: ".status.conditions[?(@.type=='Ready')].status",
      },
    ],
  },
  {
    file: 'virtualmachineinstance.openapi.yaml',
    kind: 'VirtualMachineInstance',
    plural: 'virtualmachineinstances',
    shortNames: ['vmi', 'vmis'],
    status: false,
    columns: [
      { name: 'Age', type: 'date', jsonPath: '.metadata.creationTimestamp' },
      { name: 'Phase', type: 'string', jsonPath: '.status.phase' },
      {
        name: 'IP',
        type: 'string',
        jsonPath: '.status.interfaces[0].ipAddress',
      },
      { name: 'NodeName', type: 'string', jsonPath: '.status.nodeName' },
    ],
  },
  {
    file: 'virtualmachineinstancemigration.openapi.yaml',
    kind: 'VirtualMachineInstanceMigration',
    plural: 'virtualmachineinstancemigrations',
    shortNames: ['vmim', 'vmims'],
    status: true,
    columns: [
      { name: 'Phase', type: 'string', jsonPath: '.status.phase' },
      { name: 'VMI', type: 'string', jsonPath: '.spec.vmiName' },
    ],
  },
];

function kubevirtCrd(resource, schema) {
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: `${resource.plural}.kubevirt.io` },
    spec: {
      group: 'kubevirt.io',
      names: {
        kind: resource.kind,
        listKind: `${resource.kind}List`,
        plural: resource.plural,
        singular: resource.kind.toLowerCase(),
        shortNames: resource.shortNames,
        categories: ['all'],
      },
      scope: 'Namespaced',
      versions: [
        {
          name: 'v1',
          served: true,
          storage: true,
          schema,
          additionalPrinterColumns: resource.columns,
          ...(resource.status ? { subresources: { status: {} } } : {}),
        },
      ],
    },
  };
}

const preserveUnknownFields = {
  openAPIV3Schema: {
    type: 'object',
    'x-kubernetes-preserve-unknown-fields': true,
  },
};

const kc = new k8s.KubeConfig();
kc.loadFromFile(kubeconfig);
const crdsPath = '/apis/apiextensions.k8s.io/v1/customresourcedefinitions';

// Plain JSON requests, for the same reason; the kubeconfig gives URL, CA and token.
async function request(method, path, body) {
  const options = { method, headers: { 'content-type': 'application/json' } };
  await kc.applyToHTTPSOptions(options);
  const url = new URL(path, kc.getCurrentCluster().server);
  return new Promise((resolve, reject) => {
    const req = https.request(url, options, res => {
      let text = '';
      res.on('data', chunk => (text += chunk));
      res.on('end', () => resolve({ code: res.statusCode, body: text }));
    });
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

async function read(name) {
  const res = await request('GET', `${crdsPath}/${name}`);
  if (res.code === 404) return undefined;
  if (res.code !== 200) throw new Error(`GET ${name}: ${res.code} ${res.body}`);
  return JSON.parse(res.body);
}

// Resolves to undefined, or to the server's answer when it rejects the CRD.
async function apply(crd) {
  const name = crd.metadata.name;
  const existing = await read(name);
  const res = existing
    ? await request('PUT', `${crdsPath}/${name}`, {
        ...crd,
        metadata: {
          ...crd.metadata,
          resourceVersion: existing.metadata.resourceVersion,
        },
      })
    : await request('POST', crdsPath, crd);
  if (res.code === 422) return res.body;
  if (res.code !== 200 && res.code !== 201) {
    throw new Error(`applying ${name}: ${res.code} ${res.body}`);
  }
  return undefined;
}

async function established(name) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const crd = await read(name);
    const conditions = crd.status?.conditions ?? [];
    if (conditions.some(c => c.type === 'Established' && c.status === 'True')) {
      return;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `${name} is not Established: ${JSON.stringify(conditions)}`,
      );
    }
    await new Promise(resolve => setTimeout(resolve, 250));
  }
}

const crds = [];
const portalCrdsDir = fileURLToPath(new URL('./portal-crds/', import.meta.url));
for (const dir of [join(crdsDir, 'harvesterhci'), portalCrdsDir]) {
  for (const file of readdirSync(dir)
    .filter(f => f.endsWith('.yaml'))
    .sort()) {
    for (const doc of yaml.loadAll(readFileSync(join(dir, file), 'utf8'))) {
      if (doc?.kind === 'CustomResourceDefinition') crds.push(doc);
    }
  }
}

mkdirSync(outDir, { recursive: true });
const kubevirtCrds = [];
for (const resource of kubevirt) {
  const schema = yaml.load(
    readFileSync(join(crdsDir, 'kubevirt', resource.file), 'utf8'),
  );
  if (!schema?.openAPIV3Schema) {
    throw new Error(`${resource.file} has no openAPIV3Schema`);
  }
  const crd = kubevirtCrd(resource, {
    openAPIV3Schema: schema.openAPIV3Schema,
  });
  writeFileSync(
    join(outDir, `kubevirt.io_${resource.plural}.yaml`),
    yaml.dump(crd),
  );
  kubevirtCrds.push({ resource, crd });
}

for (const crd of crds) {
  const rejected = await apply(crd);
  if (rejected) throw new Error(`${crd.metadata.name} is invalid: ${rejected}`);
  console.log(`applied ${crd.metadata.name}`);
}
for (const { resource, crd } of kubevirtCrds) {
  const rejected = await apply(crd);
  if (rejected) {
    // A schema the server rejects still gets a CRD, one that accepts any object.
    console.warn(
      `${crd.metadata.name}: schema rejected (${rejected}); preserving unknown fields`,
    );
    const fallback = kubevirtCrd(resource, preserveUnknownFields);
    writeFileSync(
      join(outDir, `kubevirt.io_${resource.plural}.yaml`),
      yaml.dump(fallback),
    );
    const again = await apply(fallback);
    if (again) throw new Error(`${crd.metadata.name} is invalid: ${again}`);
  }
  console.log(`applied ${crd.metadata.name}`);
  crds.push(crd);
}

for (const crd of crds) {
  await established(crd.metadata.name);
}
console.log(`${crds.length} CustomResourceDefinitions established`);
