import { createMockDirectory } from '@backstage/backend-test-utils';
import { InputError } from '@backstage/errors';
import { resolveConnection, resolveSecret } from './secrets';

const directory = createMockDirectory();

describe('resolveSecret', () => {
  afterEach(() => {
    delete process.env.DC_TEST_SECRET;
  });

  it('reads env: references from the environment', async () => {
    process.env.DC_TEST_SECRET = 's3cret';
    await expect(resolveSecret('env:DC_TEST_SECRET')).resolves.toBe('s3cret');
  });

  it('names a missing variable in an InputError', async () => {
    const result = resolveSecret('env:DC_TEST_SECRET');
    await expect(result).rejects.toThrow(InputError);
    await expect(result).rejects.toThrow(/DC_TEST_SECRET is not set/);
  });

  it('reads file: references trimmed', async () => {
    directory.setContent({ 'db-password': '  from-file\n' });
    await expect(
      resolveSecret(`file:${directory.resolve('db-password')}`),
    ).resolves.toBe('from-file');
  });

  it('names an unreadable file in an InputError', async () => {
    const path = directory.resolve('absent');
    const result = resolveSecret(`file:${path}`);
    await expect(result).rejects.toThrow(InputError);
    await expect(result).rejects.toThrow(`${path} cannot be read (ENOENT)`);
  });

  it('refuses anything but env: and file:', async () => {
    await expect(resolveSecret('plaintext')).rejects.toThrow(InputError);
  });
});

describe('resolveConnection', () => {
  const connection = {
    host: 'db',
    port: 5432,
    user: 'reader',
    databases: [],
    excludeSchemas: [],
    ssl: false,
  };

  it('adds the password read from the reference', async () => {
    process.env.DC_TEST_SECRET = 'pw';
    await expect(
      resolveConnection({ ...connection, passwordRef: 'env:DC_TEST_SECRET' }),
    ).resolves.toEqual({
      ...connection,
      passwordRef: 'env:DC_TEST_SECRET',
      password: 'pw',
    });
    delete process.env.DC_TEST_SECRET;
  });

  it('leaves a connection without reference password-less', async () => {
    await expect(resolveConnection(connection)).resolves.toEqual(connection);
  });
});
