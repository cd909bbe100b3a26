import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';

/**
 * The value of the secret a connection names: `aiOps.secrets.<name>` in the
 * backend's config (in production from the environment). Read for one use,
 * never stored, logged or answered.
 */
export function readSecret(config: Config, name: string): string {
  const value = config.getOptionalString(`aiOps.secrets.${name}`);
  if (value === undefined) {
    throw new InputError(
      `secretRef: no secret named '${name}' is configured under aiOps.secrets`,
    );
  }
  return value;
}
