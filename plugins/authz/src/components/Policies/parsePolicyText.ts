import {
  PolicyDocument,
  PolicyDocumentProblem,
  validatePolicyDocument,
} from '@internal/plugin-authz-common';

export type ParsedPolicy =
  | { ok: true; document: PolicyDocument }
  | { ok: false; problems: PolicyDocumentProblem[] };

/** The editor's text as a document, or its problems by JSON path. */
export function parsePolicyText(text: string): ParsedPolicy {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [
        {
          path: '(document)',
          message: `not valid JSON: ${(error as Error).message}`,
        },
      ],
    };
  }
  return validatePolicyDocument(json);
}

/** What a new policy starts from: one read-only statement to edit. */
export const starterDocument: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'ReadCatalog',
      Effect: 'Allow',
      Action: ['catalog.entity.read'],
      Resource: '*',
    },
  ],
};

export const formatDocument = (document: PolicyDocument) =>
  JSON.stringify(document, null, 2);
