import { z } from 'zod';
import type { FormErrors } from '../../../../platform/forms.js';
import { rolesField } from '../roles-field.js';

/** The roles form for one organisation the user already belongs to (no roles: leave it). */
export const changeRolesSchema = z.object({
  organisationId: z.string().uuid('Select an organisation'),
  roles: rolesField(false),
});

/** The "roles in another organisation" form. */
export const addRolesSchema = z.object({
  organisationId: z.string({ error: 'Select an organisation' }).uuid('Select an organisation'),
  roles: rolesField(true),
});

/** The element id of each form's fields, so error links reach the right form on the page. */
export function fieldIds(adding: boolean, organisationId: unknown): Record<string, string> {
  if (adding) return { organisationId: 'add-organisation', roles: 'add-roles' };
  return { organisationId: 'add-organisation', roles: `roles-${String(organisationId)}` };
}

/** Errors keyed by schema field renamed to element ids. */
export function renameFields(errors: FormErrors, ids: Record<string, string>): FormErrors {
  const out: FormErrors = { list: [], fields: {} };
  for (const [field, message] of Object.entries(errors.fields)) {
    const id = ids[field] ?? field;
    out.fields[id] = message;
    out.list.push({ text: message.text, href: `#${id}` });
  }
  return out;
}
