import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { JsonValue } from '@backstage/types';

/**
 * What the Scaffolder gives an action's handler, for a task run by `user`
 * (default `user:default/alice`). Each call is a fresh run of the step (as
 * a retried task is): checkpoints are kept only within it, and a step that
 * reaches one again replays its stored result instead of running `fn`.
 */
export function actionContext(
  input: Record<string, unknown>,
  options: { taskId?: string; isDryRun?: boolean; user?: string } = {},
) {
  const user = options.user ?? 'user:default/alice';
  const outputs: Record<string, JsonValue> = {};
  const checkpoints = new Map<string, JsonValue>();
  return {
    outputs,
    ctx: {
      input,
      task: { id: options.taskId ?? 'task-1' },
      user: { ref: user },
      isDryRun: options.isDryRun,
      logger: mockServices.logger.mock(),
      workspacePath: '/nonexistent',
      output: (name: string, value: JsonValue) => {
        outputs[name] = value;
      },
      checkpoint: async ({ key, fn }: { key: string; fn: () => any }) => {
        if (!checkpoints.has(key)) checkpoints.set(key, await fn());
        return checkpoints.get(key);
      },
      getInitiatorCredentials: async () => mockCredentials.user(user),
      createTemporaryDirectory: async () => '/nonexistent',
    } as any,
  };
}
