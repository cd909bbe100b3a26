import { z } from 'zod';

const oneOrMany = z.union([
  z.string().min(1),
  z.array(z.string().min(1)).min(1),
]);

/** Condition operators the PDP understands (a subset of IAM's). */
export const conditionOperators = [
  'StringEquals',
  'StringNotEquals',
  'StringLike',
  'StringNotLike',
] as const;
export type ConditionOperator = (typeof conditionOperators)[number];

/**
 * Condition keys. Principal keys are decided by the PDP itself; resource keys
 * become permission-rule conditions that the owning plugin applies in its
 * database (see `resourceConditionRules`).
 */
export const principalConditionKeys = [
  'portal:PrincipalRef',
  'portal:PrincipalGroup',
  'portal:PrincipalDepartment',
] as const;
export const resourceConditionKeys = [
  'portal:ResourceOwner',
  'portal:ResourceKind',
  'portal:ResourceTag',
  'portal:ResourceNamespace',
  'portal:ResourceCluster',
  'portal:WorkspaceMember',
  'portal:WorkspaceEditor',
  'portal:WorkspaceAdmin',
] as const;
export type ConditionKey =
  | (typeof principalConditionKeys)[number]
  | (typeof resourceConditionKeys)[number];

/** Condition values may name the caller: `${portal:PrincipalOwnershipRefs}`. */
export const principalVariables = [
  '${portal:PrincipalRef}',
  '${portal:PrincipalOwnershipRefs}',
] as const;

const conditionKey = z.enum([
  ...principalConditionKeys,
  ...resourceConditionKeys,
]);

const conditionBlock = z.partialRecord(
  z.enum(conditionOperators),
  z.partialRecord(conditionKey, oneOrMany),
);

/**
 * A resource pattern: `*`, `<resourceType>` or `<resourceType>:*`. Basic
 * permissions only match `*`.
 */
const resourcePattern = z
  .string()
  .regex(
    /^(\*|[a-z][a-z0-9-]*(:\*)?)$/,
    'must be "*", "<resourceType>" or "<resourceType>:*"',
  );

const resourceList = z.union([
  resourcePattern,
  z.array(resourcePattern).min(1),
]);

export const policyStatementSchema = z
  .strictObject({
    Sid: z
      .string()
      .regex(/^[A-Za-z0-9]+$/, 'must be alphanumeric')
      .optional(),
    Effect: z.enum(['Allow', 'Deny']),
    Action: oneOrMany.optional(),
    NotAction: oneOrMany.optional(),
    Resource: resourceList.optional(),
    NotResource: resourceList.optional(),
    Condition: conditionBlock.optional(),
  })
  .superRefine((statement, ctx) => {
    if (
      (statement.Action === undefined) ===
      (statement.NotAction === undefined)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['Action'],
        message: 'exactly one of Action or NotAction is required',
      });
    }
    if (
      (statement.Resource === undefined) ===
      (statement.NotResource === undefined)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['Resource'],
        message: 'exactly one of Resource or NotResource is required',
      });
    }
  });

/** An IAM-style policy document, the grammar AWS IAM and MinIO also use. */
export const policyDocumentSchema = z.strictObject({
  Version: z.literal('2012-10-17'),
  Id: z.string().optional(),
  Statement: z.array(policyStatementSchema).min(1),
});

export type PolicyStatement = z.infer<typeof policyStatementSchema>;
export type PolicyDocument = z.infer<typeof policyDocumentSchema>;
