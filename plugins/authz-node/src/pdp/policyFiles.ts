import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { readFile } from 'node:fs/promises';

const policyPath = (file: string) =>
  resolvePackagePath('@internal/plugin-authz-node', 'policy', file);

/** The Rego source, as pushed to an OPA server. */
export const readPolicyRego = () =>
  readFile(policyPath('portal_authz.rego'), 'utf8');

/** The wasm compiled from it by scripts/build-authz-policy. */
export const readPolicyWasm = () => readFile(policyPath('portal_authz.wasm'));

/** The entrypoint both engines evaluate. */
export const decisionEntrypoint = 'portal/authz/decision';
