/**
 * The Contact tab's view model: for each victim on the case, the contact plan in force (the
 * newest) with the earlier ones, when the next contact is due and its state (domain/cases/due.ts:
 * as often as the plan says, else CaseSettings.defaultContactDays), and the contact log.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../../db/schema.js';
import { can, type Actor } from '../../../../domain/access/roles.js';
import { caseDue } from '../../../../domain/cases/due.js';
import { contactMethodName, contactOutcomeName } from '../../../../domain/cases/oversight.js';
import { formatDate, londonDate } from '../../../../domain/checks/calendar.js';
import type { CaseHeader } from '../../../../services/cases/case-header.js';
import { viewCaseContact, type ContactPlanRow } from '../../../../services/cases/case-contact.js';
import { dateTimeText, dueTag } from '../reviews/presenters.js';

const every = (days: number) => (days === 1 ? 'Every day' : `Every ${days} days`);

function planRows(plan: ContactPlanRow) {
  return [
    {
      key: { text: 'How' },
      value: { text: plan.viaName ? `${contactMethodName(plan.method)}: ${plan.viaName}` : contactMethodName(plan.method) },
    },
    { key: { text: 'How often' }, value: { text: every(plan.frequencyDays) } },
    { key: { text: 'Times to avoid' }, value: { text: plan.timesToAvoid ?? 'None given' } },
    { key: { text: 'Agreed on' }, value: { text: formatDate(plan.agreedOn) } },
    { key: { text: 'Recorded by' }, value: { text: `${plan.createdByName ?? 'Unknown'}, ${dateTimeText(plan.createdAt)}` } },
  ];
}

export async function contactPage(db: Kysely<Database>, actor: Actor, header: CaseHeader, now: Date) {
  const { victims, plans, contacts, facts, settings } = await viewCaseContact(db, actor, header);
  const due = caseDue(facts, settings, londonDate(now)).contacts;
  const canWork = can(actor, 'cases:work');
  return {
    defaultContactDays: settings.defaultContactDays,
    victims: victims.map((v) => {
      const [inForce, ...earlier] = plans.filter((p) => p.personId === v.personId);
      const next = due.find((d) => d.personId === v.personId);
      const base = `/cases/${header.id}/contact/${v.personId}`;
      return {
        name: v.name,
        headingId: `victim-${v.personId}`,
        plan: inForce ? { rows: planRows(inForce) } : null,
        earlierPlans: earlier.map((p) => ({ title: `Plan agreed on ${formatDate(p.agreedOn)}`, rows: planRows(p) })),
        next: next && {
          dueOn: formatDate(next.dueOn),
          tag: dueTag(next.state),
          lastContactOn: next.lastContactOn ? formatDate(next.lastContactOn) : null,
        },
        contacts: contacts
          .filter((c) => c.personId === v.personId)
          .map((c) => [
            { text: dateTimeText(c.contactedAt) },
            { text: contactMethodName(c.method) },
            { text: contactOutcomeName(c.outcome) },
            { text: c.summary },
            { text: c.recordedByName ?? 'Unknown' },
          ]),
        planHref: canWork ? `${base}/plan` : null,
        planLinkText: inForce ? 'Change the contact plan' : 'Agree a contact plan',
        logHref: canWork ? `${base}/log` : null,
      };
    }),
  };
}
