/**
 * The "Record an action" pages' view models: step 1, the types grouped by their step on the
 * Incremental Approach ladder; step 2, the form for one type with only the fields it needs
 * (fields.ts), the case's people as the subject, the actor's organisation and officers, the
 * earlier actions it may follow, and the skip reason when the ladder would be skipped
 * (domain/powers/ladder.ts skippedTiers).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../../../db/schema.js';
import type { Actor } from '../../../../../domain/access/roles.js';
import { casePartyRoleName } from '../../../../../domain/cases/parties.js';
import { formatDate, londonDate } from '../../../../../domain/checks/calendar.js';
import { AUTHORISING_RANKS } from '../../../../../domain/powers/authority.js';
import { ageOn } from '../../../../../domain/powers/deadlines.js';
import { skippedTiers } from '../../../../../domain/powers/ladder.js';
import { CLOSURE_ORDER_NOTICE_MONTHS, POSSESSION_TRIGGER_EVENTS } from '../../../../../domain/powers/rules-court.js';
import type { FormErrors } from '../../../../../platform/forms.js';
import { listActionFormChoices } from '../../../../../services/powers/action-form-choices.js';
import type { InterventionType } from '../../../../../services/powers/list-intervention-types.js';
import { dateFieldItems } from '../../reviews/date-field.js';
import { inSentence } from '../presenters.js';
import { COURTS, DATE_FIELDS, DATE_TIME_FIELDS, FIELD_LABELS, fieldsFor, LINKED_TYPES, type FieldKey } from './fields.js';

type Values = Record<string, unknown>;

/** Step 1: the active types, one radio group per step on the ladder, then the measures off it. */
export function typeGroups(types: readonly InterventionType[], chosen: string | undefined) {
  const active = types.filter((t) => t.active);
  const tiers = [...new Set(active.map((t) => t.tier))].sort((a, b) => (a ?? 99) - (b ?? 99));
  return tiers.map((tier) => ({
    legend: tier === null ? 'Premises and area measures (not a step on the ladder)' : `Step ${tier}`,
    idPrefix: tier === null ? 'type-area' : `type-${tier}`,
    items: active
      .filter((t) => t.tier === tier)
      .map((t) => ({ value: t.code, text: t.name, hint: { text: t.description ?? '' }, checked: t.code === chosen })),
  }));
}

function select(values: Values, key: string, options: readonly { value: string; text: string }[], placeholder: string) {
  return [{ value: '', text: placeholder }, ...options].map((o) => ({ ...o, selected: o.value !== '' && values[key] === o.value }));
}

const yesNoItems = [
  { value: 'yes', text: 'Yes' },
  { value: 'no', text: 'No' },
];

/** Step 2: the form for `type` (one of `types`, the register) on the case, with `values` typed so far and any errors. */
export async function interventionForm(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  type: InterventionType,
  types: readonly InterventionType[],
  values: Values,
  errors: FormErrors | undefined,
  now: Date,
) {
  const today = londonDate(now);
  const kinds = type.subjectKinds;
  const onPeople = kinds.includes('person');
  const { parties, officers, interventions, settings, histories } = await listActionFormChoices(db, actor, caseId, {
    withHistories: onPeople,
  });
  const people = [...new Map(parties.map((p) => [p.personId, p])).values()];
  const inError = (k: string) => !!errors?.fields[`${k}-day`];

  const subjectItems = [
    ...(onPeople
      ? people.map((p) => {
          const roles = parties
            .filter((q) => q.personId === p.personId)
            .map((q) => casePartyRoleName(q.role))
            .join(', ');
          const age = p.dateOfBirth ? `, aged ${ageOn(p.dateOfBirth, today)}` : ', date of birth not recorded';
          return { value: p.personId, text: `${p.forename} ${p.surname}`, hint: { text: `${roles}${age}` } };
        })
      : []),
    ...(kinds.includes('body') ? [{ value: 'body', text: 'A business or organisation', conditional: true }] : []),
  ];
  const subjectTextLabel = kinds.includes('body')
    ? 'Name of the business or organisation'
    : kinds.includes('premises')
      ? 'Address of the premises'
      : 'The area it covers';

  const linkable = LINKED_TYPES[type.code] ?? [];
  const linked = interventions
    .filter((i) => linkable.includes(i.typeCode))
    .map((i) => ({ value: i.id, text: `${i.typeName}: ${i.subjectName}, ${formatDate(i.issuedOn)}` }));
  const fields = fieldsFor(type.code).map((key: FieldKey) => {
    const { label, hint } = FIELD_LABELS[key];
    const base = { key, label, hint, error: errors?.fields[key] ?? errors?.fields[`${key}-day`], value: values[key] };
    if (key === 'triggerEventOn') {
      const limits = `The notice must be given within ${CLOSURE_ORDER_NOTICE_MONTHS} months of a closure order, or ${settings.possessionNoticeMonths} months of a conviction or finding. For example, 27 3 2026`;
      return { ...base, hint: `${hint}. ${limits}`, kind: 'date', items: dateFieldItems(key, values, inError(key)) };
    }
    if ((DATE_FIELDS as readonly string[]).includes(key))
      return { ...base, kind: 'date', items: dateFieldItems(key, values, inError(key)) };
    if ((DATE_TIME_FIELDS as readonly string[]).includes(key)) {
      return {
        ...base,
        kind: 'datetime',
        items: dateFieldItems(key, values, inError(key)),
        timeValue: values[`${key}-time`],
        timeError: errors?.fields[`${key}-time`],
      };
    }
    if (key === 'linkedInterventionId')
      return {
        ...base,
        kind: 'select',
        items: select(
          values,
          key,
          linked,
          linked.length ? 'Select the earlier action' : 'No earlier action of the right type on this case',
        ),
      };
    if (key === 'authorisedByRank')
      return {
        ...base,
        kind: 'select',
        items: select(
          values,
          key,
          AUTHORISING_RANKS.map((r) => ({ value: r.code, text: r.name })),
          'Select a rank or role',
        ),
      };
    if (key === 'court') return { ...base, kind: 'select', items: select(values, key, COURTS, 'Select the court') };
    if (key === 'authorisedInWriting') return { ...base, kind: 'radios', items: yesNoItems };
    if (key === 'triggerEvent')
      return { ...base, kind: 'radios', items: POSSESSION_TRIGGER_EVENTS.map((e) => ({ value: e.code, text: e.name })) };
    if (key === 'convictionReference') return { ...base, kind: 'input' };
    return { ...base, kind: 'textarea' };
  });

  const under18 = people.some((p) => p.dateOfBirth !== null && ageOn(p.dateOfBirth, today) < 18);
  const skipped = onPeople
    ? people.map((p) =>
        skippedTiers(
          { typeCode: type.code, subjectKind: 'person', personId: p.personId, subjectText: null },
          histories.get(p.personId) ?? [],
          types,
        ),
      )
    : [];
  const wouldSkip = skipped.some((s) => s.length) || (kinds.includes('body') && (type.tier ?? 0) > 1);

  return {
    type: {
      code: type.code,
      name: type.name,
      sentenceName: inSentence(type.name),
      legalSource: type.legalSource,
      description: type.description,
    },
    organisationName: actor.organisationName,
    officerItems: officers.map((o) => ({ value: o.id, text: o.name, selected: (values.officerId ?? actor.userId) === o.id })),
    subject: {
      radios: onPeople || kinds.includes('body'),
      items: subjectItems,
      textLabel: subjectTextLabel,
      noPeople: onPeople && !people.length,
    },
    issuedOnItems: dateFieldItems('issuedOn', values, inError('issuedOn')),
    fields,
    labels: FIELD_LABELS,
    showFirstTimeEntrant: onPeople && under18,
    firstTimeEntrantItems: yesNoItems,
    showSkipReason: wouldSkip || !!values.skipReason || !!errors?.fields.skipReason,
  };
}
