/**
 * The case's own fields, shared by "Open a case" and "Change case details": the form schema
 * (GOV.UK wording) and the GOV.UK items for the summary, category radios, type select, lead
 * officer select and flag checkboxes. The template partial is case-fields.njk beside this file.
 */
import { z } from 'zod';
import { ASB_CATEGORIES } from '../../../domain/classification/categories.js';
import type { FormErrors } from '../../../platform/forms.js';
import { SUMMARY_MAX } from '../../../services/cases/open-case.js';
import { asText } from './page.js';

export { SUMMARY_MAX };

export const FLAGS = [
  { value: 'childInvolved', text: 'A child is involved', hint: 'As a victim, witness or perpetrator' },
  { value: 'hateRelated', text: 'Hate-related', hint: 'Perceived by the victim or anyone else to be motivated by hostility or prejudice' },
  { value: 'highRisk', text: 'High risk', hint: 'Staff judge the risk of harm to be high, whatever the risk assessments say' },
] as const;

/** The checkboxes' values as a list (one ticked box posts a string, several an array). */
export function flagsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(asText).filter(Boolean);
  const one = asText(value);
  return one ? [one] : [];
}

export interface CaseFieldsValue {
  summary: string;
  category: string;
  incidentTypeCode: string;
  leadOfficerId: string;
  childInvolved: boolean;
  hateRelated: boolean;
  highRisk: boolean;
}

/** What the schema checks choices against: the types in use and the officers who may lead. */
export interface CaseFieldsContext {
  typeCodes: readonly string[];
  officerIds: readonly string[];
}

const text = z.preprocess(asText, z.string());

/** The case fields' schema; extra fields pass through untouched. */
export const caseFieldsSchema = (ctx: CaseFieldsContext) =>
  z
    .looseObject({ summary: text, category: text, incidentType: text, leadOfficer: text, flags: z.unknown().optional() })
    .transform((v, zc): CaseFieldsValue => {
      const issue = (bad: boolean, path: string, message: string) => bad && zc.addIssue({ code: 'custom', path: [path], message });
      issue(!v.summary, 'summary', 'Enter a summary of the problem');
      issue(v.summary.length > SUMMARY_MAX, 'summary', `Summary must be ${SUMMARY_MAX} characters or fewer`);
      issue(!ASB_CATEGORIES.some((c) => c.code === v.category), 'category', 'Select a category');
      issue(!ctx.typeCodes.includes(v.incidentType), 'incidentType', 'Select a type of incident');
      issue(!ctx.officerIds.includes(v.leadOfficer), 'leadOfficer', 'Select a lead officer');
      const flags = flagsOf(v.flags);
      return {
        summary: v.summary,
        category: v.category,
        incidentTypeCode: v.incidentType,
        leadOfficerId: v.leadOfficer,
        childInvolved: flags.includes('childInvolved'),
        hateRelated: flags.includes('hateRelated'),
        highRisk: flags.includes('highRisk'),
      };
    });

/** GOV.UK items for the case fields, from the form's values (as posted, or prepared for a first visit). */
export function caseFieldItems(
  values: Record<string, unknown>,
  types: readonly { code: string; name: string }[],
  officers: readonly { id: string; name: string }[],
  errors?: FormErrors,
) {
  const v = (k: string) => asText(values[k]);
  const flags = flagsOf(values.flags);
  return {
    summaryMax: SUMMARY_MAX,
    summary: v('summary'),
    categoryItems: ASB_CATEGORIES.map((c) => ({
      value: c.code,
      text: c.name,
      hint: { text: c.description },
      checked: v('category') === c.code,
    })),
    typeItems: [
      { value: '', text: 'Select a type' },
      ...types.map((t) => ({ value: t.code, text: t.name, selected: v('incidentType') === t.code })),
    ],
    officerItems: [
      { value: '', text: 'Select a lead officer' },
      ...officers.map((o) => ({ value: o.id, text: o.name, selected: v('leadOfficer') === o.id })),
    ],
    flagItems: FLAGS.map((f) => ({ value: f.value, text: f.text, hint: { text: f.hint }, checked: flags.includes(f.value) })),
    errors,
  };
}
