import {
  EntityProvider,
  EntityProviderMutation,
} from '@backstage/plugin-catalog-node';

/**
 * Connects `provider` to a connection that records its mutations; `until`
 * waits (up to a second) for that many, as event handling is asynchronous.
 */
export async function connectRecording(provider: EntityProvider) {
  const mutations: EntityProviderMutation[] = [];
  await provider.connect({
    applyMutation: async mutation => {
      mutations.push(mutation);
    },
    refresh: async () => {},
  });
  const until = async (count: number) => {
    for (let i = 0; i < 50 && mutations.length < count; i++) {
      await new Promise(resolve => setTimeout(resolve, 20));
    }
  };
  return { mutations, until };
}
