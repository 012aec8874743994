import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_LETTER_TEMPLATES } from './default-templates.js';
import { addressBlock, letterAppealDeadline, letterFields, letterMethod, type LetterFacts } from './fields.js';
import { fieldsUsed, LetterMergeError, MERGE_FIELDS, mergeLetter, paragraphsOf, templateFieldErrors } from './merge.js';

const FACTS: LetterFacts = {
  caseReference: 'ASB-2026-00042',
  caseSummary: 'Noise from 3 Elm Road',
  recipient: { forename: 'Sam', surname: 'Ryder', address: '3 Elm Road\nLeicester', postcode: 'LE1 1AA' },
  officerName: 'Olu Officer',
  organisationName: 'Leicester City Council',
  today: '2026-11-21',
  intervention: {
    typeCode: 'cpn',
    typeName: 'Community Protection Notice',
    conduct: 'Loud music after 11pm',
    terms: 'Stop playing amplified music after 11pm',
    issuedOn: '2026-11-01',
    complianceDueOn: '2026-11-15',
    reviewOn: '2026-12-01',
  },
};

describe('letter merge fields', () => {
  it('fills every merge field from the case, the recipient, the officer and the intervention', () => {
    const body = MERGE_FIELDS.map((f) => `${f.name}=[{{ ${f.name} }}]`).join('\n\n');
    const merged = mergeLetter({ subject: 'Letter {{case.reference}}', body }, letterFields(FACTS));
    expect(merged.subject).toBe('Letter ASB-2026-00042');
    expect(merged.paragraphs).toEqual([
      'case.reference=[ASB-2026-00042]',
      'case.summary=[Noise from 3 Elm Road]',
      'recipient.name=[Sam Ryder]',
      'recipient.address=[3 Elm Road\nLeicester\nLE1 1AA]',
      'officer.name=[Olu Officer]',
      'organisation.name=[Leicester City Council]',
      'today=[21 November 2026]',
      'intervention.type=[Community Protection Notice]',
      'intervention.conduct=[Loud music after 11pm]',
      'intervention.terms=[Stop playing amplified music after 11pm]',
      'intervention.issued_on=[1 November 2026]',
      'intervention.compliance_due=[15 November 2026]',
      'intervention.review_on=[1 December 2026]',
      'intervention.appeal_deadline=[21 November 2026]',
    ]);
  });

  it('lists each unknown field once, in GOV.UK words', () => {
    expect(templateFieldErrors({ subject: '{{ case.ref }}', body: 'Dear {{ recipient.name }} {{case.ref}} {{ victim.name }}' })).toEqual([
      'The template uses a merge field that does not exist: {{ case.ref }}',
      'The template uses a merge field that does not exist: {{ victim.name }}',
    ]);
    expect(templateFieldErrors({ subject: 'x', body: '{{ today }}' })).toEqual([]);
  });

  it('refuses to merge a template with an unknown field, or a field with no value', () => {
    expect(() => mergeLetter({ subject: 's', body: '{{ nope }}' }, letterFields(FACTS))).toThrow(
      'The template uses a merge field that does not exist: {{ nope }}',
    );
    try {
      mergeLetter({ subject: 's', body: '{{ intervention.conduct }}' }, letterFields({ ...FACTS, intervention: null }));
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(LetterMergeError);
      expect((err as LetterMergeError).missing).toEqual(['intervention.conduct']);
    }
  });

  it('splits paragraphs on blank lines, keeps line breaks inside, and drops paragraphs left empty', () => {
    expect(paragraphsOf('One\r\nline two\n\n  \n\nThree  ')).toEqual(['One\nline two', 'Three']);
    const merged = mergeLetter(
      { subject: 's', body: 'Hello\n\n{{ recipient.address }}\n\nBye' },
      letterFields({ ...FACTS, recipient: { ...FACTS.recipient, address: null, postcode: null } }),
    );
    expect(merged.paragraphs).toEqual(['Hello', 'Bye']);
  });

  it('never reads merged values as further merge fields or markup', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.constantFrom('{{ today }}', '<b>bold</b>', '$& $1')).filter((s) => !/[\r\n]/.test(s)),
        (name) => {
          const merged = mergeLetter({ subject: 's', body: 'X{{ recipient.name }}X' }, { 'recipient.name': name });
          expect(merged.paragraphs).toEqual([`X${name}X`]);
        },
      ),
    );
    expect(fieldsUsed('{{ a }} {{b}} {{ a }}')).toEqual(['a', 'b']);
  });
});

describe('the appeal deadline and the sending method', () => {
  it('gives a CPN 21 days beginning with the day of issue, across month and year ends [S26]', () => {
    expect(letterAppealDeadline('cpn', '2026-11-01')).toBe('2026-11-21');
    expect(letterAppealDeadline('cpn', '2026-12-20')).toBe('2027-01-09');
    expect(letterAppealDeadline('cpn', '2028-02-15')).toBe('2028-03-06');
    expect(letterAppealDeadline('cpw', '2026-11-01')).toBeNull();
  });

  it('uses a victim’s contact plan method, and post otherwise', () => {
    expect(letterMethod(true, 'email')).toEqual({ method: 'email', text: 'Send by email, as agreed in their contact plan' });
    expect(letterMethod(true, null).method).toBe('letter');
    expect(letterMethod(false, 'email')).toEqual({ method: 'letter', text: 'Send by post' });
  });

  it('builds the address block from address lines and postcode', () => {
    expect(addressBlock('1 High St, Hinckley', 'LE10 1AA')).toBe('1 High St\nHinckley\nLE10 1AA');
    expect(addressBlock(null, null)).toBeNull();
  });
});

describe('the default pro formas', () => {
  it('are six, use only known fields, and merge with an intervention', () => {
    expect(DEFAULT_LETTER_TEMPLATES.map((t) => t.code)).toEqual([
      'warning_letter',
      'cpw',
      'cpn',
      'abc',
      'interview_invitation',
      'case_closure_victim',
    ]);
    for (const t of DEFAULT_LETTER_TEMPLATES) {
      expect(templateFieldErrors(t)).toEqual([]);
      expect(() => mergeLetter(t, letterFields(FACTS))).not.toThrow();
    }
  });

  it('carry the statutory statements of a CPW [S25] and a CPN [S26]', () => {
    const cpw = mergeLetter(DEFAULT_LETTER_TEMPLATES[1]!, letterFields(FACTS)).paragraphs.join('\n');
    expect(cpw).toContain('a Community Protection Notice will be issued to you');
    expect(cpw).toContain('You must stop this conduct by 15 November 2026');
    const cpn = mergeLetter(DEFAULT_LETTER_TEMPLATES[2]!, letterFields(FACTS)).paragraphs.join('\n');
    expect(cpn).toContain('Loud music after 11pm');
    expect(cpn).toContain('Stop playing amplified music after 11pm');
    expect(cpn).toContain('you commit an offence (section 48)');
    expect(cpn).toContain(
      "magistrates' court within 21 days beginning with the day it was issued: the last day to appeal is 21 November 2026",
    );
    expect(cpn).toContain('the notice was given to the wrong person');
  });
});
