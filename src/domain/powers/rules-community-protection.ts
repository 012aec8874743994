/**
 * Community Protection Warning, Notice and fixed penalty (s.43–52 ASB, Crime and Policing Act 2014;
 * DOMAIN.md §2.2 rules 1–2 [S25][S26][S27][S29b][S125]).
 */
import { sameSubject } from './ladder.js';
import { ACT, ageAtIssue, Findings, formatDate, linkedRecord, type TypeRule } from './rule-support.js';
import type { InterventionContext, InterventionProposal } from './types.js';

const S25 = `s.43 ${ACT} [S25]`;

/** Rule 2: a CPW or CPN may only be given to a person aged 16 or over, or to a body [S25]. */
function sixteenOrOver(p: InterventionProposal, f: Findings, what: string): void {
  if (p.subjectKind !== 'person') return;
  const age = ageAtIssue(p);
  if (age === null) {
    f.warn('personId', `The person's date of birth is not recorded: check they are 16 or over before giving a ${what}`, S25);
  } else if (age < 16) {
    f.refuse('personId', `A ${what} can only be given to a person aged 16 or over, or to a body`, S25);
  }
}

export const checkCpw: TypeRule = (p, _ctx, f) => {
  sixteenOrOver(p, f, 'Community Protection Warning');
  if (p.authorisedInWriting !== true) {
    f.refuse('authorisedInWriting', 'A Community Protection Warning must be given in writing', `s.43(5)(a) ${ACT} [S25]`);
  }
  if (!p.complianceDueOn) {
    f.refuse('complianceDueOn', 'Enter the date by which the conduct must stop', `s.43(5) ${ACT}: enough time to comply [S25][S28]`);
  } else if (p.complianceDueOn < p.issuedOn) {
    f.refuse('complianceDueOn', 'The date by which the conduct must stop must be the same as or after the date the warning is given', S25);
  }
};

/**
 * Rule 1: a CPN needs an earlier written CPW to the same person or body about the same conduct
 * (the user links it), not withdrawn, and the time it gave to comply must have passed: a CPN on
 * the last day to comply is refused, the day after is allowed [S25][S27]. Its terms should mirror
 * the warning's (warning only) [S29b].
 */
export const checkCpn: TypeRule = (p, ctx, f) => {
  sixteenOrOver(p, f, 'Community Protection Notice');
  const need =
    'A Community Protection Notice needs an earlier written Community Protection Warning to the same person or body about the same conduct';
  const src = `s.43(5) ${ACT} [S25][S27]`;
  if (!p.linkedInterventionId) {
    f.refuse('linkedInterventionId', need, src);
    return;
  }
  const cpw = linkedRecord(p, ctx);
  if (!cpw || cpw.typeCode !== 'cpw') {
    f.refuse('linkedInterventionId', `${need}: the action you selected is not a Community Protection Warning`, src);
    return;
  }
  if (!sameSubject(p, cpw))
    f.refuse(
      'linkedInterventionId',
      'The Community Protection Warning you selected was given to someone else: select the warning given to the same person or body',
      src,
    );
  if (cpw.authorisedInWriting !== true)
    f.refuse('linkedInterventionId', 'The Community Protection Warning you selected was not given in writing', `s.43(5)(a) ${ACT} [S25]`);
  if (cpw.outcome === 'withdrawn') f.refuse('linkedInterventionId', 'The Community Protection Warning you selected was withdrawn', src);
  if (cpw.issuedOn >= p.issuedOn)
    f.refuse(
      'issuedOn',
      `The Community Protection Notice must be issued after the warning, which was given on ${formatDate(cpw.issuedOn)}`,
      src,
    );
  if (!cpw.complianceDueOn) {
    f.refuse('linkedInterventionId', 'The Community Protection Warning you selected has no date by which the conduct had to stop', src);
  } else if (p.issuedOn <= cpw.complianceDueOn) {
    f.refuse(
      'issuedOn',
      `You cannot issue a Community Protection Notice until the time given to comply with the warning has passed: the last day to comply is ${formatDate(cpw.complianceDueOn)}`,
      src,
    );
  }
  mirrorWarning(p, ctx, f);
};

function mirrorWarning(p: InterventionProposal, ctx: InterventionContext, f: Findings): void {
  const cpwTerms = linkedRecord(p, ctx)?.terms;
  const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');
  if (cpwTerms && p.terms && norm(cpwTerms) !== norm(p.terms)) {
    f.warn(
      'terms',
      "The notice's requirements should mirror the Community Protection Warning's",
      'Local practice: CPN conditions mirror the CPW [S29b]',
    );
  }
}

/** A fixed penalty (s.52) is for failing to comply with a Community Protection Notice to the same subject [S125]. */
export const checkCpnFpn: TypeRule = (p, ctx, f) => {
  const src = `s.52 ${ACT} [S125][S27]`;
  const cpn = linkedRecord(p, ctx);
  if (!p.linkedInterventionId || !cpn || cpn.typeCode !== 'cpn') {
    f.refuse('linkedInterventionId', 'Select the Community Protection Notice the fixed penalty notice is for', src);
    return;
  }
  if (!sameSubject(p, cpn))
    f.refuse('linkedInterventionId', 'The Community Protection Notice you selected was issued to someone else', src);
  if (cpn.outcome === 'withdrawn') f.refuse('linkedInterventionId', 'The Community Protection Notice you selected was withdrawn', src);
  if (cpn.issuedOn > p.issuedOn)
    f.refuse(
      'issuedOn',
      `The fixed penalty notice cannot be issued before the Community Protection Notice, which was issued on ${formatDate(cpn.issuedOn)}`,
      src,
    );
};
