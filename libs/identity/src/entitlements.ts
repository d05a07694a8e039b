/**
 * AARC-G002 group entitlements: urn:<namespace>:group:<group>[:<subgroup>…][:role=<role>]#<authority>.
 * A required entitlement names a group (with or without a role); an asserted one meets it when
 * it names the same group, or a subgroup of it, with any role when none is required. Per the
 * guideline the namespace and the authority compare case-insensitively, the group path and the
 * role case-sensitively.
 */
interface ParsedEntitlement {
  namespace: string;
  groups: string[];
  role: string | null;
  authority: string;
}

export function parseEntitlement(value: string): ParsedEntitlement | null {
  const m = /^urn:(.+?):group:([^#]+?)(?::role=([^#:]+))?#(.+)$/i.exec(value.trim());
  if (!m) return null;
  return {
    namespace: m[1].toLowerCase(),
    groups: m[2].split(':'),
    role: m[3] ?? null,
    authority: m[4].toLowerCase(),
  };
}

export function entitlementMeets(asserted: string, required: string): boolean {
  const a = parseEntitlement(asserted);
  const r = parseEntitlement(required);
  if (!a || !r) return asserted.trim() === required.trim();
  if (a.namespace !== r.namespace || a.authority !== r.authority) return false;
  if (a.groups.length < r.groups.length) return false;
  if (!r.groups.every((g, i) => a.groups[i] === g)) return false;
  // A role on the required entitlement must match on the group itself; subgroup membership
  // alone does not confer a role in the parent.
  if (r.role === null) return true;
  return a.groups.length === r.groups.length && a.role === r.role;
}

export function anyEntitlementMeets(asserted: string[], required: string[] | undefined): boolean {
  if (!required?.length) return false;
  return required.some((r) => asserted.some((a) => entitlementMeets(a, r)));
}
