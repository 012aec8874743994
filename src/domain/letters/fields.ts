/**
 * The merge field values for one letter, from what the service loaded (pure), and how the
 * letter is to be sent. Dates are Europe/London calendar dates ('YYYY-MM-DD') shown GOV.UK style
 * ('21 November 2026').
 */
import type { ContactMethod } from '../../db/schema.js';
import { addCalendarDays, formatDate } from '../checks/calendar.js';
import type { LetterFields } from './merge.js';

export interface LetterFacts {
  caseReference: string;
  caseSummary: string | null;
  recipient: { forename: string; surname: string; address: string | null; postcode: string | null };
  officerName: string;
  organisationName: string;
  /** London date the letter is produced. */
  today: string;
  intervention: {
    typeCode: string;
    typeName: string;
    conduct: string;
    terms: string | null;
    issuedOn: string;
    complianceDueOn: string | null;
    reviewOn: string | null;
  } | null;
}

/**
 * The last day to appeal, where the law gives a right of appeal a letter must state.
 * CPN: to the magistrates' court within 21 days beginning with the day the notice is issued
 * (s.46(2) ASB, Crime and Policing Act 2014 [S26]), so the issue day is day 1 and the last day is
 * issue + 20. A Community Protection Warning cannot be appealed [S25][S127b].
 * @returns a London date, or null when the type has no appeal a letter states.
 */
export function letterAppealDeadline(typeCode: string, issuedOn: string): string | null {
  return typeCode === 'cpn' ? addCalendarDays(issuedOn, 20) : null;
}

/** The recipient's address block: address lines then postcode, or null when neither is recorded. */
export function addressBlock(address: string | null, postcode: string | null): string | null {
  const lines = [...(address ?? '').split(/\r?\n|,\s*/), postcode ?? ''].map((l) => l.trim()).filter(Boolean);
  return lines.length ? lines.join('\n') : null;
}

/**
 * The values of every merge field for this letter. Intervention fields are left out (no value)
 * when no intervention was chosen, or when the intervention has no such date; a template using
 * them then cannot be merged (LetterMergeError names the field).
 */
export function letterFields(facts: LetterFacts): LetterFields {
  const fields: LetterFields = {
    'case.reference': facts.caseReference,
    'case.summary': facts.caseSummary ?? '',
    'recipient.name': `${facts.recipient.forename} ${facts.recipient.surname}`.trim(),
    'recipient.address': addressBlock(facts.recipient.address, facts.recipient.postcode) ?? '',
    'officer.name': facts.officerName,
    'organisation.name': facts.organisationName,
    today: formatDate(facts.today),
  };
  const i = facts.intervention;
  if (i) {
    fields['intervention.type'] = i.typeName;
    fields['intervention.conduct'] = i.conduct;
    fields['intervention.terms'] = i.terms ?? '';
    fields['intervention.issued_on'] = formatDate(i.issuedOn);
    if (i.complianceDueOn) fields['intervention.compliance_due'] = formatDate(i.complianceDueOn);
    if (i.reviewOn) fields['intervention.review_on'] = formatDate(i.reviewOn);
    const appeal = letterAppealDeadline(i.typeCode, i.issuedOn);
    if (appeal) fields['intervention.appeal_deadline'] = formatDate(appeal);
  }
  return fields;
}

const METHOD_TEXT: Record<ContactMethod, string> = {
  phone: 'Read it to them by phone and send a copy by post',
  email: 'Send by email',
  letter: 'Send by post',
  visit: 'Hand it over in person',
  via_named_person: 'Send through the named person',
};

/**
 * How the letter is sent. A letter to a victim uses the method of their contact plan in force
 * (issue 5: "A letter to a victim uses their contact plan's method"); anyone else, or a victim
 * without a plan, gets it by post.
 * @returns the method stored on the letter and the sentence staff see.
 */
export function letterMethod(isVictim: boolean, planMethod: ContactMethod | null): { method: ContactMethod; text: string } {
  if (isVictim && planMethod) return { method: planMethod, text: `${METHOD_TEXT[planMethod]}, as agreed in their contact plan` };
  if (isVictim) return { method: 'letter', text: 'Send by post: no contact plan is recorded for them' };
  return { method: 'letter', text: METHOD_TEXT.letter };
}

/** The sentence for a stored method (the confirmation and list pages). */
export function methodText(method: string | null, fromPlan: boolean): string {
  const base = METHOD_TEXT[(method ?? 'letter') as ContactMethod] ?? METHOD_TEXT.letter;
  return fromPlan ? `${base}, as agreed in their contact plan` : base;
}
