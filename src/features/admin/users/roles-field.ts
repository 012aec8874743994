/** The role checkboxes shared by the add-user and user pages: items, and their zod field. */
import { z } from 'zod';
import { ROLES, type Role } from '../../../domain/access/roles.js';

const ROLE_CODES = ROLES.map((r) => r.code) as [Role, ...Role[]];

/** A form value as a list: checkboxes send nothing, one string, or several. */
export function asList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' && value ? [value] : [];
}

/** Checkbox items for every role (pass `values` to the macro to tick them). */
export const ROLE_ITEMS = ROLES.map((r) => ({ value: r.code, text: r.name }));

/** Zod field for role checkboxes; `required` adds "Select at least one role". */
export function rolesField(required: boolean) {
  const list = z.array(z.enum(ROLE_CODES, { error: 'Select a role from the list' }));
  return z.preprocess(asList, required ? list.min(1, 'Select at least one role') : list);
}
