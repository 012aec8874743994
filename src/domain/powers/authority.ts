/**
 * Who authorised a power: the ranks and council roles the recording form offers, and the rank
 * tests the law sets. Police ranks in order (s.34 dispersal authorisation: inspector or above [S35];
 * s.76 closure notice: inspector or above, or the local authority [S38]; 48-hour closure notice:
 * superintendent or above, or the council's chief executive or their designate [S39]).
 */

export const POLICE_RANKS = [
  { code: 'constable', name: 'Constable' },
  { code: 'sergeant', name: 'Sergeant' },
  { code: 'inspector', name: 'Inspector' },
  { code: 'chief_inspector', name: 'Chief Inspector' },
  { code: 'superintendent', name: 'Superintendent' },
  { code: 'chief_superintendent', name: 'Chief Superintendent' },
  { code: 'assistant_chief_constable', name: 'Assistant Chief Constable' },
  { code: 'deputy_chief_constable', name: 'Deputy Chief Constable' },
  { code: 'chief_constable', name: 'Chief Constable' },
] as const;

export const COUNCIL_ROLES = [
  { code: 'council_officer', name: 'Local authority officer' },
  { code: 'council_designate', name: "Local authority chief executive's designate" },
  { code: 'council_chief_executive', name: 'Local authority chief executive' },
] as const;

/** Every rank or role the form offers, police first. */
export const AUTHORISING_RANKS: readonly { code: string; name: string }[] = [...POLICE_RANKS, ...COUNCIL_ROLES];

/** 'Chief Inspector', 'chief inspector' and 'chief_inspector' all read as 'chief_inspector'. */
export function normaliseRank(rank: string | null | undefined): string | null {
  if (!rank) return null;
  const code = rank
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return code || null;
}

function policeIndex(rank: string | null | undefined): number {
  const code = normaliseRank(rank);
  return POLICE_RANKS.findIndex((r) => r.code === code);
}

/** True when `rank` is a police rank at or above `atLeast`. */
export function policeRankAtLeast(rank: string | null | undefined, atLeast: (typeof POLICE_RANKS)[number]['code']): boolean {
  const i = policeIndex(rank);
  return i >= 0 && i >= policeIndex(atLeast);
}

/** True when `rank` is a local authority role. */
export function isCouncilRole(rank: string | null | undefined): boolean {
  const code = normaliseRank(rank);
  return COUNCIL_ROLES.some((r) => r.code === code);
}

/** The display name of a rank or role code, or the text as given. */
export function rankName(rank: string | null | undefined): string {
  const code = normaliseRank(rank);
  return AUTHORISING_RANKS.find((r) => r.code === code)?.name ?? rank ?? '';
}

/** Closure notice maximum hours: 48 if a superintendent or above, or the council chief executive or designate; else 24 [S39]. */
export function closureNoticeMaxHours(rank: string | null | undefined): 24 | 48 {
  const code = normaliseRank(rank);
  return policeRankAtLeast(code, 'superintendent') || code === 'council_chief_executive' || code === 'council_designate' ? 48 : 24;
}
