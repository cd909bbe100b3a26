# The portal's one authorization policy. The PAP state is `data.pap`
# (type PdpData in plugins/authz-common/src/pdpData.ts); the request is
# `input` (PdpInput). It answers which statements apply; the caller turns them
# into ALLOW, DENY or a CONDITIONAL decision (deny overrides allow).
package portal.authz

import rego.v1

user := object.get(data.pap.users, input.principal.ref, null)

# Every ref the principal acts as: itself, its token's ownership claims, its
# PAP groups, and every department above any of those.
direct_refs contains input.principal.ref

direct_refs contains ref if some ref in input.principal.ownershipRefs

direct_refs contains ref if some ref in user.groups

direct_refs contains user.department if user.department

principal_refs contains ref if some ref in direct_refs

principal_refs contains dept if {
	some ref in direct_refs
	some dept in data.pap.departmentAncestors[ref]
}

departments contains dept if {
	some ref in direct_refs
	some dept in data.pap.departmentAncestors[ref]
}

groups contains ref if {
	some ref in principal_refs
	startswith(ref, "group:")
}

role_ids contains id if some id in data.pap.allUsersRoles

role_ids contains id if {
	some ref in principal_refs
	some id in data.pap.roleBindings[ref]
}

# --- statement matching -----------------------------------------------------

# Pattern sets are split when normalized: exact names are a map lookup,
# `prefix*` a startswith, and only the rest needs glob.match.
pattern_matches(set, name) if set.exact[name]

pattern_matches(set, name) if {
	some prefix in set.prefixes
	startswith(name, prefix)
}

pattern_matches(set, name) if {
	some pattern in set.globs
	glob.match(pattern, null, name)
}

action_matches(statement) if pattern_matches(statement.action, input.permission.name)

action_matches(statement) if {
	statement.notAction
	not pattern_matches(statement.notAction, input.permission.name)
}

# Basic permissions have no resource: only "*" covers them.
resource_pattern_matches("*")

resource_pattern_matches(pattern) if {
	input.permission.type == "resource"
	pattern in {input.permission.resourceType, concat(":", [input.permission.resourceType, "*"])}
}

resource_matches(statement) if {
	some pattern in statement.resources
	resource_pattern_matches(pattern)
}

resource_matches(statement) if {
	statement.notResources
	every pattern in statement.notResources {
		not resource_pattern_matches(pattern)
	}
}

principal_values("portal:PrincipalRef") := {input.principal.ref}

principal_values("portal:PrincipalGroup") := groups

principal_values("portal:PrincipalDepartment") := departments

value_matches("StringEquals", pattern, value) if pattern == value

value_matches("StringLike", pattern, value) if glob.match(pattern, null, value)

# A leaf holds when any listed value matches any of the principal's values;
# the Not operators hold when none does.
leaf_holds(leaf) if {
	leaf.operator in {"StringEquals", "StringLike"}
	some pattern in leaf.values
	some value in principal_values(leaf.key)
	value_matches(leaf.operator, pattern, value)
}

leaf_holds(leaf) if {
	leaf.operator in {"StringNotEquals", "StringNotLike"}
	positive := replace(leaf.operator, "Not", "")
	every pattern in leaf.values {
		every value in principal_values(leaf.key) {
			not value_matches(positive, pattern, value)
		}
	}
}

principal_conditions_hold(statement) if {
	every leaf in object.get(statement, "principalConditions", []) {
		leaf_holds(leaf)
	}
}

ownership_refs := array.concat([input.principal.ref], input.principal.ownershipRefs)

# Principal variables in resource conditions become the caller's refs.
expand_value("${portal:PrincipalRef}") := [input.principal.ref]

expand_value("${portal:PrincipalOwnershipRefs}") := ownership_refs

expand_value(value) := [value] if not startswith(value, "${portal:")

resource_leaves(statement) := [leaf |
	some raw in object.get(statement, "resourceConditions", [])
	leaf := {
		"operator": raw.operator,
		"key": raw.key,
		"values": sort({v | some value in raw.values; some v in expand_value(value)}),
	}
]

# Basic permissions cannot carry resource conditions: such a statement does
# not apply to them.
conditions_fit(leaves) if count(leaves) == 0

conditions_fit(leaves) if {
	count(leaves) > 0
	input.permission.type == "resource"
}

matched contains match if {
	some role_id in role_ids
	role := data.pap.roles[role_id]
	some policy_id in role.policies
	policy := data.pap.policies[policy_id]
	some statement in policy.statements
	action_matches(statement)
	resource_matches(statement)
	principal_conditions_hold(statement)
	leaves := resource_leaves(statement)
	conditions_fit(leaves)
	match := {
		"effect": statement.effect,
		"sid": statement.sid,
		"policyId": policy_id,
		"policyName": policy.name,
		"roleId": role_id,
		"roleName": role.name,
		"conditions": leaves,
	}
}

blocked := "user is disabled" if user.status == "disabled"

decision := {"revision": data.pap.revision, "blocked": blocked, "matched": matched} if blocked

decision := {"revision": data.pap.revision, "matched": matched} if not blocked
