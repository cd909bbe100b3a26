#!/usr/bin/env python3
"""Writes the platform realm for `kc.sh start-dev --import-realm`.

Takes platform-realm.json (realm and the platform-portal client) and adds the
demo users of catalog-info/org/users.yaml: username = the catalog name, the
profile's e-mail (verified), first and last name from the display name, and
the given test password.

usage: realm-import.py <realm template> <users.yaml> <client secret> <test password>
"""
import json
import pathlib
import sys

import yaml


def main():
    template, users_yaml, secret, password = sys.argv[1:5]
    realm = json.loads(pathlib.Path(template).read_text().replace("@CLIENT_SECRET@", secret))
    for user in yaml.safe_load_all(pathlib.Path(users_yaml).read_text()):
        if not user or user.get("kind") != "User":
            continue
        name = user["metadata"]["name"]
        profile = user["spec"].get("profile", {})
        display = profile.get("displayName") or user["metadata"].get("title") or name
        first, _, last = display.partition(" ")
        realm["users"].append({
            "username": name,
            "email": profile.get("email"),
            "emailVerified": True,
            "firstName": first,
            "lastName": last or first,
            "enabled": True,
            "credentials": [{"type": "password", "value": password, "temporary": False}],
        })
    json.dump(realm, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
