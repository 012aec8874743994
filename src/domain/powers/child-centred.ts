/**
 * What to show for a subject under 18 (DOMAIN.md §8 [S100][S2][S3][S21][S48][S49]): children
 * first, so the parent or guardian party, the youth justice consultation task, diversion options
 * first and first-time-entrant status. Pure: the page turns the prompts into panels and tasks.
 */

export interface ChildCentredPrompt {
  code: 'parent_guardian' | 'youth_justice_consultation' | 'diversion_first' | 'first_time_entrant' | 'under_10';
  /** In the staff's words. */
  text: string;
  /** True when something still needs doing (a task), false when it is information. */
  outstanding: boolean;
}

export interface ChildCentredFacts {
  hasParentOrGuardian?: boolean | null;
  /** The proposed or recorded type (youth justice consultation applies to civil injunctions and CBOs). */
  typeCode?: string | null;
  youthJusticeConsultedOn?: string | null;
  youthJusticeViews?: string | null;
  firstTimeEntrant?: boolean | null;
}

const YOUTH_JUSTICE_TYPES = new Set(['civil_injunction', 'cbo']);

/**
 * The prompts for a subject of `subjectAge` whole years (null when the age is unknown): [] for
 * 18 and over or unknown age.
 */
export function childCentredPrompts(subjectAge: number | null, facts: ChildCentredFacts = {}): ChildCentredPrompt[] {
  if (subjectAge === null || subjectAge >= 18) return [];
  const prompts: ChildCentredPrompt[] = [];
  prompts.push(
    facts.hasParentOrGuardian
      ? { code: 'parent_guardian', text: 'A parent or guardian is recorded on the case', outstanding: false }
      : {
          code: 'parent_guardian',
          text: 'Add a parent or guardian to the case: they should be involved in any agreement or action',
          outstanding: true,
        },
  );
  if (facts.typeCode && YOUTH_JUSTICE_TYPES.has(facts.typeCode)) {
    const done = facts.typeCode === 'cbo' ? !!facts.youthJusticeViews?.trim() : !!facts.youthJusticeConsultedOn;
    prompts.push({
      code: 'youth_justice_consultation',
      text:
        facts.typeCode === 'cbo'
          ? done
            ? "The youth justice service's views are recorded"
            : "Find out and record the youth justice service's views before the application"
          : done
            ? 'The youth justice service was consulted'
            : 'Consult the youth justice service before applying for the injunction',
      outstanding: !done,
    });
  }
  prompts.push({
    code: 'diversion_first',
    text: 'Consider diversion first: support referral, restorative justice or a parenting contract',
    outstanding: false,
  });
  prompts.push(
    facts.firstTimeEntrant === undefined || facts.firstTimeEntrant === null
      ? {
          code: 'first_time_entrant',
          text: 'Record whether this would make them a first-time entrant to the youth justice system',
          outstanding: true,
        }
      : {
          code: 'first_time_entrant',
          text: facts.firstTimeEntrant
            ? 'Would be a first-time entrant to the youth justice system'
            : 'Not a first-time entrant to the youth justice system',
          outstanding: false,
        },
  );
  if (subjectAge < 10) {
    prompts.push({
      code: 'under_10',
      text: 'Under 10: below the age of criminal responsibility; agree any contract with the parent or guardian',
      outstanding: false,
    });
  }
  return prompts;
}
