/**
 * GOV.UK form validation: a zod schema per page holds the messages; `validateForm` turns its
 * issues into the error summary list and per-field messages the GOV.UK macros take. The first
 * message for each field wins, in the schema's field order.
 */
import type { z } from 'zod';

export interface FormErrors {
  /** For govukErrorSummary: `{ text, href: '#field' }`. */
  list: { text: string; href: string }[];
  /** For each field's `errorMessage`. */
  fields: Record<string, { text: string }>;
}

export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: FormErrors };

export function validateForm<S extends z.ZodType>(schema: S, input: unknown): FormResult<z.output<S>> {
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: FormErrors = { list: [], fields: {} };
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    if (errors.fields[field]) continue;
    errors.fields[field] = { text: issue.message };
    errors.list.push({ text: issue.message, href: `#${field}` });
  }
  return { ok: false, errors };
}

/** A single error for a field, shaped like `validateForm`'s. */
export function formError(field: string, text: string): FormErrors {
  return { list: [{ text, href: `#${field}` }], fields: { [field]: { text } } };
}
