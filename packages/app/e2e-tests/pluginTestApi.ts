import { APIRequestContext, Page, expect } from '@playwright/test';

/** A bearer header of the guest user (a Platform Administrator in e2e). */
export async function guestAuthorization(
  request: APIRequestContext,
): Promise<string> {
  const refresh = await request.get('/api/auth/guest/refresh', {
    headers: { 'X-Requested-With': 'XMLHttpRequest' },
  });
  expect(refresh.ok(), await refresh.text()).toBe(true);
  const { backstageIdentity } = await refresh.json();
  return `Bearer ${backstageIdentity.token}`;
}

/**
 * A plugin's REST API (`/api/<pluginId>`) as the guest, for tests that
 * arrange data, read what the UI should show, and clean up.
 */
export class PluginTestApi {
  constructor(
    protected readonly request: APIRequestContext,
    private readonly authorization: string,
    private readonly basePath: string,
  ) {}

  /** The API under `basePath` as the guest, as the subclass called on. */
  protected static async guestApi<T extends PluginTestApi>(
    this: new (
      request: APIRequestContext,
      authorization: string,
      basePath: string,
    ) => T,
    page: Page,
    basePath: string,
  ): Promise<T> {
    return new this(
      page.request,
      await guestAuthorization(page.request),
      basePath,
    );
  }

  protected fetch(method: string, path: string, data?: unknown) {
    return this.request.fetch(`${this.basePath}${path}`, {
      method,
      data,
      headers: { Authorization: this.authorization },
    });
  }

  /** Sends one request; anything but a 2xx fails the test with the body. */
  async call<T = unknown>(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    path: string,
    data?: unknown,
  ): Promise<T> {
    const response = await this.fetch(method, path, data);
    const body = await response.text();
    expect(
      response.ok(),
      `${method} ${path} → ${response.status()} ${body}`,
    ).toBe(true);
    return (body ? JSON.parse(body) : undefined) as T;
  }

  get<T>(path: string): Promise<T> {
    return this.call<T>('GET', path);
  }

  /** Cleanup that tolerates what the test already removed itself. */
  async deleteQuietly(path: string): Promise<void> {
    await this.fetch('DELETE', path);
  }
}
