/** The user page's view model: the account, a roles form per organisation, and what may be done. */
import type { Kysely } from 'kysely';
import type { Database } from '../../../../db/schema.js';
import type { FormErrors } from '../../../../platform/forms.js';
import type { Actor } from '../../../../domain/access/roles.js';
import { viewUser } from '../../../../services/admin/view-user.js';
import { ROLE_ITEMS } from '../roles-field.js';

const BANNERS: Record<string, string> = {
  added: 'User added. They can now sign in.',
  rolesAdded: 'This email address already had an account: the roles were added to it and its password was not changed.',
  roles: 'Roles updated',
  deactivated: 'User deactivated. They have been signed out and cannot sign in.',
  reactivated: 'User reactivated. They can sign in again.',
};

/** The banner for a `?flag=1` query after a change, if any. */
export function bannerFor(query: Record<string, unknown>): string | undefined {
  const flag = Object.keys(BANNERS).find((k) => query[k] === '1');
  return flag ? BANNERS[flag] : undefined;
}

/** @returns the page's context, or undefined for an unknown user. */
export async function userPage(
  db: Kysely<Database>,
  id: string,
  actor: Actor,
  extra: { errors?: FormErrors; banner?: string | undefined; addValues?: { organisationId?: unknown; roles?: string[] } } = {},
) {
  const found = await viewUser(db, id);
  if (!found) return undefined;
  const { user, otherOrganisations: others } = found;
  return {
    title: user.name,
    user,
    statusText: user.active ? 'Active' : 'Deactivated',
    membershipForms: user.organisations.map((o) => ({
      organisationId: o.organisationId,
      organisationName: o.organisationName,
      idPrefix: `roles-${o.organisationId}`,
      values: o.roles,
    })),
    otherOrganisations: [{ value: '', text: 'Select an organisation' }, ...others.map((o) => ({ value: o.id, text: o.name }))],
    hasOtherOrganisations: others.length > 0,
    addValues: extra.addValues ?? {},
    roleItems: ROLE_ITEMS,
    isSelf: user.id === actor.userId,
    errors: extra.errors,
    banner: extra.banner,
  };
}
