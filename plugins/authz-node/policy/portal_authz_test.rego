package authz_test

import rego.v1

import data.portal.authz

model := {
	"revision": 7,
	"users": {
		"user:default/alice": {"status": "active", "groups": ["group:default/sre"], "department": "group:default/infrastructure"},
		"user:default/zed": {"status": "disabled", "groups": ["group:default/admins"]},
		"user:default/fay": {"status": "active", "groups": [], "department": "group:default/finance"},
	},
	"departmentAncestors": {
		"group:default/acme": ["group:default/acme"],
		"group:default/engineering": ["group:default/engineering", "group:default/acme"],
		"group:default/infrastructure": ["group:default/infrastructure", "group:default/engineering", "group:default/acme"],
		"group:default/sre": ["group:default/infrastructure", "group:default/engineering", "group:default/acme"],
		"group:default/finance": ["group:default/finance", "group:default/acme"],
	},
	"roleBindings": {
		"group:default/admins": ["admin"],
		"group:default/engineering": ["owner-editor"],
	},
	"allUsersRoles": ["reader"],
	"roles": {
		"admin": {"name": "Platform Administrator", "policies": ["all"]},
		"reader": {"name": "Portal Reader", "policies": ["read", "deny-finance"]},
		"owner-editor": {"name": "Owner Editor", "policies": ["own"]},
	},
	"policies": {
		"all": {"name": "AdministratorAccess", "statements": [{"sid": "All", "effect": "Allow", "action": {"exact": {}, "prefixes": [""], "globs": []}, "resources": ["*"]}]},
		"read": {"name": "PortalReadAccess", "statements": [{"sid": "Read", "effect": "Allow", "action": {"exact": {"catalog.entity.read": true}, "prefixes": [], "globs": ["*.read"]}, "resources": ["*"]}]},
		"deny-finance": {"name": "DenyFinanceToInfra", "statements": [{
			"sid": "NoHarvester", "effect": "Deny", "action": {"exact": {}, "prefixes": ["harvester."], "globs": []}, "resources": ["*"],
			"principalConditions": [{"operator": "StringEquals", "key": "portal:PrincipalDepartment", "values": ["group:default/finance"]}],
		}]},
		"own": {"name": "OwnerEdits", "statements": [{
			"sid": "EditOwn", "effect": "Allow", "action": {"exact": {"catalog.entity.delete": true}, "prefixes": [], "globs": []}, "resources": ["catalog-entity"],
			"resourceConditions": [{"operator": "StringEquals", "key": "portal:ResourceOwner", "values": ["${portal:PrincipalOwnershipRefs}"]}],
		}]},
	},
}

ask(ref, claims, permission) := decision if {
	decision := authz.decision with data.pap as model
		with input as {"principal": {"ref": ref, "ownershipRefs": claims}, "permission": permission}
}

basic(name) := {"name": name, "type": "basic"}

entity(name) := {"name": name, "type": "resource", "resourceType": "catalog-entity"}

sids(decision) := {m.sid | some m in decision.matched}

test_all_users_role_applies_to_unknown_users if {
	d := ask("user:default/nobody", [], entity("catalog.entity.read"))
	sids(d) == {"Read"}
	d.revision == 7
}

test_unmatched_action_matches_nothing if {
	d := ask("user:default/nobody", [], basic("catalog.entity.create"))
	count(d.matched) == 0
}

test_group_binding_from_token_claims if {
	d := ask("user:default/new", ["group:default/admins"], basic("catalog.entity.create"))
	sids(d) == {"All"}
	some m in d.matched
	m.roleName == "Platform Administrator"
	m.policyName == "AdministratorAccess"
}

test_disabled_user_is_blocked if {
	d := ask("user:default/zed", [], basic("catalog.entity.create"))
	d.blocked == "user is disabled"
}

test_department_role_inherited_downward_with_variable_expanded if {
	d := ask("user:default/alice", ["user:default/alice", "group:default/sre"], entity("catalog.entity.delete"))
	sids(d) == {"EditOwn"}
	some m in d.matched
	m.conditions == [{"operator": "StringEquals", "key": "portal:ResourceOwner", "values": ["group:default/sre", "user:default/alice"]}]
}

test_resource_conditions_never_apply_to_basic_permissions if {
	d := ask("user:default/alice", [], basic("catalog.entity.delete"))
	count(d.matched) == 0
}

test_principal_condition_selects_department if {
	denied := ask("user:default/fay", [], basic("harvester.vm.read"))
	sids(denied) == {"Read", "NoHarvester"}
	other := ask("user:default/alice", [], basic("harvester.vm.read"))
	sids(other) == {"Read"}
}

test_typed_resource_pattern_skips_other_types if {
	d := ask("user:default/alice", [], {"name": "catalog.entity.delete", "type": "resource", "resourceType": "scaffolder-template"})
	count(d.matched) == 0
}

test_not_action_matches_everything_else if {
	m := json.patch(model, [{"op": "add", "path": "/policies/read/statements/0", "value": {
		"sid": "NotAuthz", "effect": "Allow", "resources": ["*"],
		"notAction": {"exact": {}, "prefixes": ["authz."], "globs": []},
	}}])
	allowed := authz.decision with data.pap as m
		with input as {"principal": {"ref": "user:default/nobody", "ownershipRefs": []}, "permission": basic("harvester.vm.create")}
	sids(allowed) == {"NotAuthz"}
	excluded := authz.decision with data.pap as m
		with input as {"principal": {"ref": "user:default/nobody", "ownershipRefs": []}, "permission": basic("authz.policy.update")}
	count(excluded.matched) == 0
}
