/**
 * Events-service topics of the Access family. Published with `{ revision }`
 * after every committed PAP change, so every replica's PDP reloads.
 */
export const authzChangedTopic = 'platform-portal.authz.changed';
