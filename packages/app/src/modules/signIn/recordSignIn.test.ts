import { IdentityApi } from '@backstage/core-plugin-api';
import { recordSignIn } from './recordSignIn';

const discovery = {
  getBaseUrl: async (id: string) => `http://portal/api/${id}`,
};
const identity = {
  getCredentials: async () => ({ token: 'user-token' }),
} as unknown as IdentityApi;

describe('recordSignIn', () => {
  afterEach(() => jest.restoreAllMocks());

  it('posts the sign-in to the authz backend with the user token', async () => {
    const fetchSpy = jest
      .spyOn(global, 'fetch')
      .mockResolvedValue(new Response(null, { status: 204 }));
    await recordSignIn(discovery, identity);
    expect(fetchSpy).toHaveBeenCalledWith(
      'http://portal/api/authz/me/sign-ins',
      {
        method: 'POST',
        headers: { authorization: 'Bearer user-token' },
      },
    );
  });

  it('never fails the sign-in', async () => {
    jest.spyOn(global, 'fetch').mockRejectedValue(new Error('offline'));
    await expect(recordSignIn(discovery, identity)).resolves.toBeUndefined();
  });
});
