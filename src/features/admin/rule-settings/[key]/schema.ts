/**
 * The rule-settings form body: every field as typed, a string or (checkboxes) a list. The
 * settings' own validation, with GOV.UK messages by field, is the group's (domain/settings/form.ts).
 */
import { z } from 'zod';

export const ruleSettingsFormSchema = z.preprocess(
  (body) => (typeof body === 'object' && body !== null ? Object.fromEntries(Object.entries(body).filter(([k]) => k !== '_csrf')) : {}),
  z.record(z.string(), z.union([z.string(), z.array(z.string())])),
);
