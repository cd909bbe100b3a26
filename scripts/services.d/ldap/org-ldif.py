#!/usr/bin/env python3
"""Prints the demo organisation of catalog-info/org/*.yaml as LDIF.

Departments and teams become groupOfNames entries under ou=groups (members
are the child groups and the users whose memberOf names them), users become
inetOrgPerson entries under ou=people with uid = the catalog name.

usage: org-ldif.py <org dir> <base dn> <test password>
"""
import base64
import hashlib
import pathlib
import sys

import yaml


def ssha(password):
    # A fixed salt keeps the output stable, so a changed LDIF means a changed org.
    salt = b"acme-ldap"
    digest = hashlib.sha1(password.encode() + salt).digest()
    return "{SSHA}" + base64.b64encode(digest + salt).decode()


def entry(dn, attrs):
    lines = [f"dn: {dn}"]
    for key, values in attrs:
        for value in values if isinstance(values, list) else [values]:
            if value is None or value == "":
                continue
            value = str(value)
            if not value.isascii() or value[0] in " :<" or value.endswith(" "):
                value = base64.b64encode(value.encode()).decode()
                lines.append(f"{key}:: {value}")
            else:
                lines.append(f"{key}: {value}")
    return "\n".join(lines) + "\n"


def main():
    org_dir, base, password = sys.argv[1:4]
    docs = []
    for path in sorted(pathlib.Path(org_dir).glob("*.yaml")):
        docs += [d for d in yaml.safe_load_all(path.read_text()) if d]
    groups = [d for d in docs if d["kind"] == "Group"]
    users = [d for d in docs if d["kind"] == "User"]
    people, groups_ou = f"ou=people,{base}", f"ou=groups,{base}"

    dc = base.split(",")[0].split("=")[1]
    out = [
        entry(base, [("objectClass", ["top", "dcObject", "organization"]),
                     ("dc", dc), ("o", "Acme Corp")]),
        entry(people, [("objectClass", "organizationalUnit"), ("ou", "people")]),
        entry(groups_ou, [("objectClass", "organizationalUnit"), ("ou", "groups")]),
    ]
    for user in users:
        name = user["metadata"]["name"]
        profile = user["spec"].get("profile", {})
        display = profile.get("displayName") or user["metadata"].get("title") or name
        out.append(entry(f"uid={name},{people}", [
            ("objectClass", ["top", "person", "organizationalPerson", "inetOrgPerson"]),
            ("uid", name),
            ("cn", display),
            ("sn", display.split()[-1]),
            ("givenName", display.split()[0] if " " in display else None),
            ("displayName", display),
            ("mail", profile.get("email")),
            ("description", user["metadata"].get("description")),
            ("userPassword", ssha(password)),
        ]))
    for group in groups:
        name = group["metadata"]["name"]
        members = [f"cn={child},{groups_ou}" for child in group["spec"].get("children", [])]
        members += [
            f"uid={u['metadata']['name']},{people}"
            for u in users
            if name in u["spec"].get("memberOf", [])
        ]
        meta = group["metadata"]
        out.append(entry(f"cn={name},{groups_ou}", [
            ("objectClass", ["top", "groupOfNames"]),
            ("cn", name),
            ("description", meta.get("description") or meta.get("title")),
            ("businessCategory", group["spec"].get("type")),
            # groupOfNames needs at least one member; the empty DN stands for none.
            ("member", members or [""]),
        ]))
    print("\n".join(out), end="")


if __name__ == "__main__":
    main()
