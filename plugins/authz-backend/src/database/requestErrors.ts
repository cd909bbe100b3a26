import { isError } from '@backstage/errors';

const requestErrorNames = ['InputError', 'ConflictError', 'NotFoundError'];

/** A problem with what was asked for, as opposed to a failure of the system. */
export function isRequestError(error: unknown): error is Error {
  return isError(error) && requestErrorNames.includes(error.name);
}
