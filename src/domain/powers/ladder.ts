/**
 * The Incremental Approach ladder (DOMAIN.md §2.3): what has been tried against a subject, the
 * suggested next step and the tiers a proposal jumps over. Proportionality, not a forced ladder:
 * skipping tiers is allowed with a recorded reason; only legal preconditions block
 * (check-intervention.ts). Tiers come from the editable register (LOCAL; LLR example [S45]).
 * Withdrawn interventions are listed as tried but do not count towards the highest tier.
 */
import type { InterventionOutcome } from '../../db/schema.js';
import { DIVERSION_TYPE_CODES } from './default-types.js';
import type { InterventionProposal, InterventionRecord, InterventionTypeInfo } from './types.js';

export interface LadderTried {
  interventionId: string;
  typeCode: string;
  typeName: string;
  issuedOn: string;
  outcome: InterventionOutcome | null;
  outcomeOn: string | null;
}

export interface LadderRung {
  tier: number;
  types: InterventionTypeInfo[];
  tried: LadderTried[];
}

export interface LadderPosition {
  /** Every tier in the register, lowest first, with what has been tried on it (oldest first). */
  rungs: LadderRung[];
  /** Highest tier used (withdrawn ones excluded), or null when nothing on the ladder has been tried. */
  highestTier: number | null;
  /** The next tier up with its types; null at the top of the ladder. */
  suggestedNext: { tier: number; types: InterventionTypeInfo[] } | null;
  /** For a subject under 18: diversion options to show first (support referral, restorative justice, parenting contract) [DOMAIN.md §8]. */
  diversionFirst: InterventionTypeInfo[];
}

/** The message the service shows when tiers are skipped without a reason. */
export const SKIP_REASON_MESSAGE = 'Explain why the earlier steps on the Incremental Approach were not tried';

function tiers(types: readonly InterventionTypeInfo[]): number[] {
  return [...new Set(types.map((t) => t.tier).filter((t): t is number => t !== null))].sort((a, b) => a - b);
}

function tierOf(types: readonly InterventionTypeInfo[], code: string): number | null {
  return types.find((t) => t.code === code)?.tier ?? null;
}

function highest(history: readonly InterventionRecord[], types: readonly InterventionTypeInfo[]): number | null {
  let top: number | null = null;
  for (const h of history) {
    const tier = h.outcome === 'withdrawn' ? null : tierOf(types, h.typeCode);
    if (tier !== null && (top === null || tier > top)) top = tier;
  }
  return top;
}

/**
 * Where a subject stands on the ladder.
 * @param history interventions on the case and against the person (any order).
 * @param personId the person to look at, or null for every intervention in `history`.
 * @param subjectAge the person's age in whole years today, when known (under 18: diversion first).
 */
export function ladderPosition(
  history: readonly InterventionRecord[],
  types: readonly InterventionTypeInfo[],
  personId: string | null,
  subjectAge?: number | null,
): LadderPosition {
  const mine = personId === null ? history : history.filter((h) => h.personId === personId);
  const sorted = [...mine].sort((a, b) => a.issuedOn.localeCompare(b.issuedOn));
  const rungs: LadderRung[] = tiers(types).map((tier) => ({
    tier,
    types: types.filter((t) => t.tier === tier),
    tried: sorted
      .filter((h) => tierOf(types, h.typeCode) === tier)
      .map((h) => ({
        interventionId: h.id,
        typeCode: h.typeCode,
        typeName: types.find((t) => t.code === h.typeCode)?.name ?? h.typeCode,
        issuedOn: h.issuedOn,
        outcome: h.outcome,
        outcomeOn: h.outcomeOn,
      })),
  }));
  const top = highest(mine, types);
  const next = rungs.find((r) => top === null || r.tier > top);
  const under18 = subjectAge !== undefined && subjectAge !== null && subjectAge < 18;
  return {
    rungs,
    highestTier: top,
    suggestedNext: next ? { tier: next.tier, types: next.types } : null,
    diversionFirst: under18 ? DIVERSION_TYPE_CODES.flatMap((c) => types.filter((t) => t.code === c)) : [],
  };
}

/**
 * The tiers a proposal jumps over: those in the register strictly between the highest tier
 * already used against the same subject (none → 0) and the proposal's tier. [] for a type off the
 * ladder (tier null). The same subject is the same person, or for a body the same name (ignoring
 * case and spacing); premises and areas are off the ladder.
 */
export function skippedTiers(
  proposal: Pick<InterventionProposal, 'typeCode' | 'subjectKind' | 'personId' | 'subjectText'>,
  history: readonly InterventionRecord[],
  types: readonly InterventionTypeInfo[],
): number[] {
  const tier = tierOf(types, proposal.typeCode);
  if (tier === null) return [];
  const same = history.filter((h) => sameSubject(proposal, h));
  const top = highest(same, types) ?? 0;
  return tiers(types).filter((t) => t > top && t < tier);
}

/** True when a record is against the same person, or the same body by name. */
export function sameSubject(
  a: Pick<InterventionProposal, 'subjectKind' | 'personId' | 'subjectText'>,
  b: Pick<InterventionRecord, 'subjectKind' | 'personId' | 'subjectText'>,
): boolean {
  if (a.subjectKind !== b.subjectKind) return false;
  if (a.subjectKind === 'person') return a.personId !== null && a.personId === b.personId;
  const norm = (s: string | null) => (s ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
  return norm(a.subjectText) !== '' && norm(a.subjectText) === norm(b.subjectText);
}

export { childCentredPrompts } from './child-centred.js';
export type { ChildCentredPrompt, ChildCentredFacts } from './child-centred.js';
