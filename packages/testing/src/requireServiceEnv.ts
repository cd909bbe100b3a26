/**
 * Returns an environment variable that `scripts/services env <service>`
 * exports, or throws: tests against real services fail rather than skip
 * when the service was not started.
 */
export function requireServiceEnv(service: string, name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(
      `${name} is not set: run \`scripts/services up ${service} && eval "$(scripts/services env ${service})"\` first (npm test does both)`,
    );
  }
  return value;
}
