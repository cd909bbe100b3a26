# OpenLDAP slapd from Debian with the demo organisation of catalog-info/org,
# in its own config and mdb database under .services/ldap (the Debian
# package's default instance is never configured).
ldap_port=25389
ldap_base_dn=dc=acme,dc=example
ldap_admin_dn=cn=admin,$ldap_base_dn
ldap_admin_password=ldap-admin
ldap_user_password=password
ldap_dir="$state_dir/ldap"
ldap_files="$services_dir/ldap"

ldap_install() {
  if ! dpkg -s slapd >/dev/null 2>&1; then
    echo 'slapd slapd/no_configuration boolean true' | debconf-set-selections
  fi
  apt_install slapd ldap-utils python3-yaml
}

ldap_start() {
  mkdir -p "$ldap_dir"
  sed -e "s|@DIR@|$ldap_dir|g" -e "s|@SUFFIX@|$ldap_base_dn|g" \
    -e "s|@ROOTDN@|$ldap_admin_dn|g" -e "s|@ROOTPW@|$ldap_admin_password|g" \
    "$ldap_files/slapd.conf.template" >"$ldap_dir/slapd.conf"
  /usr/bin/python3 "$ldap_files/org-ldif.py" "$root/catalog-info/org" "$ldap_base_dn" \
    "$ldap_user_password" >"$ldap_dir/org.ldif.new"
  # (Re)load the database when it is new or the org YAML changed.
  if ! cmp -s "$ldap_dir/org.ldif.new" "$ldap_dir/org.ldif" || [ ! -f "$ldap_dir/data/data.mdb" ]; then
    rm -rf "$ldap_dir/data"
    mkdir -p "$ldap_dir/data"
    slapadd -q -f "$ldap_dir/slapd.conf" -l "$ldap_dir/org.ldif.new" >"$ldap_dir/slapadd.log" 2>&1
  fi
  mv "$ldap_dir/org.ldif.new" "$ldap_dir/org.ldif"
  # -d keeps slapd in the foreground for start_daemon; level 0 logs only errors.
  start_daemon ldap slapd -d 0 -f "$ldap_dir/slapd.conf" -h "ldap://127.0.0.1:$ldap_port/"
  wait_until 30 ldap ldap_healthy
}

ldap_stop() {
  stop_daemon ldap
}

ldap_healthy() {
  ldapsearch -x -LLL -H "ldap://127.0.0.1:$ldap_port" -D "$ldap_admin_dn" -w "$ldap_admin_password" \
    -b "$ldap_base_dn" -s base dn >/dev/null 2>&1
}

ldap_env() {
  cat <<ENV
export LDAP_URL=ldap://127.0.0.1:$ldap_port
export LDAP_BIND_DN=$ldap_admin_dn
export LDAP_BIND_PASSWORD=$ldap_admin_password
export LDAP_BASE_DN=$ldap_base_dn
ENV
}
