import { NextFunction, Request, RequestHandler, Response } from 'express';
import { DecisionJournal } from '../journal';

/** The caller's entity ref from a bearer JWT; only used to find its denial. */
function principalOf(req: Request): string | undefined {
  const match = /^Bearer\s+[^.]+\.([^.]+)\./i.exec(
    req.headers.authorization ?? '',
  );
  if (!match) return undefined;
  try {
    const claims = JSON.parse(
      Buffer.from(match[1], 'base64url').toString('utf8'),
    );
    return typeof claims.sub === 'string' ? claims.sub : undefined;
  } catch {
    return undefined;
  }
}

type ErrorBody = { error?: { name?: string; message?: string } };

/**
 * Root middleware that makes every 403 of every plugin say why: it adds the
 * decision id, the denying policy and a ProblemDetail-style summary to the
 * error body. A 403 only comes after the token was verified, so reading its
 * subject here is safe; the journal holds this process's recent denials.
 */
export function explainDenials(journal: DecisionJournal): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const startedAt = Date.now();
    const json = res.json.bind(res);
    res.json = (body: unknown) => {
      const error = (body as ErrorBody | undefined)?.error;
      if (res.statusCode !== 403 || error?.name !== 'NotAllowedError') {
        return json(body);
      }
      const principal = principalOf(req);
      const denial = principal
        ? journal.latestDenial(principal, { sinceMs: startedAt - 1 })
        : undefined;
      if (!denial) return json(body);
      const explained = error.message?.includes(denial.decisionId)
        ? error.message
        : `${error.message || 'Forbidden'}: ${denial.summary} (decision ${
            denial.decisionId
          })`;
      return json({
        ...(body as object),
        error: { ...error, message: explained },
        type: 'urn:platform-portal:problem:permission-denied',
        title: 'Permission denied',
        status: 403,
        detail: denial.summary,
        instance: req.originalUrl,
        decisionId: denial.decisionId,
        permission: denial.permission,
        reasons: denial.reasons,
      });
    };
    next();
  };
}
