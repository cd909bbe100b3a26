import { withSshAuthorizedKeys } from './cloudInit';

const key = 'ssh-ed25519 AAAAC3Nza alice@laptop #work';

describe('withSshAuthorizedKeys', () => {
  it('leaves user data alone without keys', () => {
    expect(withSshAuthorizedKeys(undefined, [])).toBeUndefined();
    expect(withSshAuthorizedKeys('#!/bin/sh\necho hi', [])).toBe(
      '#!/bin/sh\necho hi',
    );
  });

  it('writes a cloud-config when there is no user data', () => {
    expect(withSshAuthorizedKeys(undefined, [key])).toBe(
      `#cloud-config\nssh_authorized_keys:\n  - ${JSON.stringify(key)}\n`,
    );
  });

  it('appends to an existing block list, keeping its indentation', () => {
    const userData =
      '#cloud-config\nssh_authorized_keys:\n    - ssh-rsa AAAA bob\npackages:\n  - htop\n';
    expect(withSshAuthorizedKeys(userData, [key])).toBe(
      `#cloud-config\nssh_authorized_keys:\n    - ${JSON.stringify(
        key,
      )}\n    - ssh-rsa AAAA bob\npackages:\n  - htop\n`,
    );
  });

  it('adds the key list to cloud-config without one', () => {
    expect(
      withSshAuthorizedKeys('#cloud-config\npackages: [htop]', [key]),
    ).toBe(
      `#cloud-config\npackages: [htop]\nssh_authorized_keys:\n  - ${JSON.stringify(
        key,
      )}\n`,
    );
  });

  it('refuses what it cannot merge into', () => {
    expect(() => withSshAuthorizedKeys('#!/bin/sh\necho hi', [key])).toThrow(
      /userData: ssh keys can only be added to #cloud-config/,
    );
    expect(() =>
      withSshAuthorizedKeys('#cloud-config\nssh_authorized_keys: [a]', [key]),
    ).toThrow(/block list/);
  });
});
