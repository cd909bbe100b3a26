import { z } from 'zod';
import { policyDocumentSchema, PolicyDocument } from './policyDocument';

/** One problem with a policy document, with the JSON path of the bad field. */
export type PolicyDocumentProblem = { path: string; message: string };

/** Parses a document, returning either the typed value or its problems. */
export function validatePolicyDocument(
  document: unknown,
):
  | { ok: true; document: PolicyDocument }
  | { ok: false; problems: PolicyDocumentProblem[] } {
  const result = policyDocumentSchema.safeParse(document);
  if (result.success) {
    return { ok: true, document: result.data };
  }
  return { ok: false, problems: describeIssues(result.error) };
}

/** Zod issues as `Statement[0].Effect: ...` lines, for 400 bodies and the editor. */
export function describeIssues(error: z.ZodError): PolicyDocumentProblem[] {
  return error.issues.map(issue => ({
    path: formatPath(issue.path),
    message: issue.message,
  }));
}

function formatPath(path: PropertyKey[]): string {
  return path.reduce<string>((text, part) => {
    if (typeof part === 'number') return `${text}[${part}]`;
    return text ? `${text}.${String(part)}` : String(part);
  }, '');
}
