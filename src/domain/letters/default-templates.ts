/**
 * Version 1 of the six pro-forma letters (issue 5 "Letters"). LOCAL: the wording is the
 * partnership's to change; administrators publish new versions at /admin/letter-templates, and
 * letters keep the version they were produced from. Sober, plain English.
 *
 * The statutory statements are not optional wording:
 * - a Community Protection Warning must be written and say that a Community Protection Notice
 *   will follow unless the conduct stops, and by when (s.43(5) ASB, Crime and Policing Act 2014
 *   [S25][S28]); it cannot be appealed [S25][S127b];
 * - a Community Protection Notice must identify the conduct, set out the requirements, and
 *   explain ss.46–51: the offence of failing to comply (s.48 [S127]), the fixed penalty (s.52
 *   [S125]) and the right of appeal to a magistrates' court within 21 days beginning with the day
 *   it is issued, with the grounds (s.46 [S26]).
 */
export interface DefaultLetterTemplate {
  code: string;
  name: string;
  recipient: 'perpetrator' | 'victim' | 'any';
  subject: string;
  body: string;
}

const SIGN_OFF = `Yours sincerely

{{ officer.name }}
{{ organisation.name }}`;

export const DEFAULT_LETTER_TEMPLATES: readonly DefaultLetterTemplate[] = [
  {
    code: 'warning_letter',
    name: 'Warning letter',
    recipient: 'perpetrator',
    subject: 'Warning about anti-social behaviour (reference {{ case.reference }})',
    body: `Dear {{ recipient.name }}

We have received reports of anti-social behaviour that we believe involves you. The behaviour reported is:

{{ intervention.conduct }}

This behaviour is causing harassment, alarm or distress to others and it must stop now.

This letter is a warning. It is not a legal notice and it is not a criminal record. But if the behaviour continues we may take further action, which can include a Community Protection Warning and Notice, a civil injunction or action against a tenancy.

If you want to talk about this letter, or you think we have made a mistake, please contact me. Please quote reference {{ case.reference }}.

${SIGN_OFF}`,
  },
  {
    code: 'cpw',
    name: 'Community Protection Warning',
    recipient: 'perpetrator',
    subject: 'Community Protection Warning (reference {{ case.reference }})',
    body: `Anti-social Behaviour, Crime and Policing Act 2014, section 43

Dear {{ recipient.name }}

This is a written Community Protection Warning. It is given to you on {{ intervention.issued_on }} by {{ officer.name }} of {{ organisation.name }}.

We are satisfied that your conduct is having a detrimental effect, of a persistent or continuing nature, on the quality of life of those in the locality, and that the conduct is unreasonable. The conduct is:

{{ intervention.conduct }}

What you must do:

{{ intervention.terms }}

You must stop this conduct by {{ intervention.compliance_due }}.

If the conduct has not stopped by {{ intervention.compliance_due }}, a Community Protection Notice will be issued to you. Failing to comply with a Community Protection Notice is a criminal offence, and you could be fined or given a fixed penalty notice.

There is no right of appeal against this warning. If you think it has been given in error, please contact me and quote reference {{ case.reference }}.

${SIGN_OFF}`,
  },
  {
    code: 'cpn',
    name: 'Community Protection Notice',
    recipient: 'perpetrator',
    subject: 'Community Protection Notice (reference {{ case.reference }})',
    body: `Anti-social Behaviour, Crime and Policing Act 2014, section 43

Dear {{ recipient.name }}

This is a Community Protection Notice. It is issued to you on {{ intervention.issued_on }} by {{ officer.name }} of {{ organisation.name }}.

You were given a written Community Protection Warning about this conduct and enough time to deal with it, and the conduct has not stopped. We are satisfied, on reasonable grounds, that your conduct is having a detrimental effect, of a persistent or continuing nature, on the quality of life of those in the locality, and that the conduct is unreasonable.

The conduct

{{ intervention.conduct }}

The requirements

You are required to:
{{ intervention.terms }}

Failing to comply is an offence

If you fail to comply with this notice without reasonable excuse you commit an offence (section 48). On conviction an individual can be fined up to level 4 on the standard scale. Instead of prosecution you may be offered a fixed penalty notice of up to £100 (section 52). The council may also carry out work needed to put things right and recover the cost from you (section 47), and the court may make a remedial order or a forfeiture order (sections 49 to 51).

Your right of appeal

You may appeal against this notice to a magistrates' court within 21 days beginning with the day it was issued: the last day to appeal is {{ intervention.appeal_deadline }} (section 46). You may appeal on any of these grounds:
- the conduct did not take place, has not had a detrimental effect on the quality of life of those in the locality, has not been persistent or continuing, is not unreasonable, or cannot reasonably be prevented by you;
- any of the requirements is unreasonable, or the period given to comply with it is unreasonable;
- there is a material defect or error in, or in connection with, the notice;
- the notice was given to the wrong person.

While an appeal is under way, requirements to stop doing something stay in force unless the court orders otherwise; other requirements have no effect until the appeal is decided.

You may wish to take legal advice. Please quote reference {{ case.reference }} in any contact with us.

${SIGN_OFF}`,
  },
  {
    code: 'abc',
    name: 'Acceptable Behaviour Contract',
    recipient: 'perpetrator',
    subject: 'Acceptable Behaviour Contract (reference {{ case.reference }})',
    body: `Dear {{ recipient.name }}

Thank you for meeting us. This letter confirms the Acceptable Behaviour Contract agreed with you on {{ intervention.issued_on }}.

The contract is about this behaviour:

{{ intervention.conduct }}

You have agreed to:
{{ intervention.terms }}

We will review the contract with you on {{ intervention.review_on }}. We will also offer you support to help you keep to it.

The contract is voluntary and is not a court order. But if you do not keep to it, we may use it as evidence if we have to take further action, such as a Community Protection Notice or a civil injunction.

If anything changes, or you need help keeping to the contract, please contact me and quote reference {{ case.reference }}.

${SIGN_OFF}`,
  },
  {
    code: 'interview_invitation',
    name: 'Invitation to interview',
    recipient: 'any',
    subject: 'Invitation to an interview about anti-social behaviour (reference {{ case.reference }})',
    body: `Dear {{ recipient.name }}

We are looking into reports of anti-social behaviour and we would like to talk to you about them.

The interview is voluntary. It is a chance for you to give your account and for us to explain what happens next. You may bring a friend, relative or supporter with you. If you are under 18, a parent, guardian or other appropriate adult must come with you.

Please contact me within 14 days of {{ today }} to arrange a time and place that suits you. If you need an interpreter, or any help to take part, please tell us and we will arrange it.

Please quote reference {{ case.reference }}.

${SIGN_OFF}`,
  },
  {
    code: 'case_closure_victim',
    name: 'Case closure letter to the victim',
    recipient: 'victim',
    subject: 'Your anti-social behaviour case is closing (reference {{ case.reference }})',
    body: `Dear {{ recipient.name }}

Thank you for reporting the anti-social behaviour you have experienced and for your help while we worked on your case.

We are writing to let you know that we are closing your case on {{ today }}.

If the anti-social behaviour starts again, please report it straight away and quote reference {{ case.reference }}. We can reopen the case.

If you are not satisfied with how we have dealt with your reports, you can ask for an Anti-social Behaviour Case Review. You can apply if you have reported three or more incidents in the last six months. Ask us, or any of the partner agencies, how to apply.

Free, confidential support is available from the victim support service. We can refer you, or you can contact them yourself.

${SIGN_OFF}`,
  },
];
