import { MatchKeys } from './match-keys';
import { matchScoring, MatchScore, PLAUSIBLE_SCORE, STRONG_SCORE, WEAK_SCORE } from './match-scoring';

/** A QBO customer offered to the decision (from the mirror). */
export interface MatchCandidate {
  qboCustomerId: string;
  displayName: string;
  active: boolean;
  keys: MatchKeys;
}

/** One candidate as weighed: stored with the decision so it can be explained. */
export interface WeighedCandidate {
  qboCustomerId: string;
  displayName: string;
  active: boolean;
  score: number;
  evidence: string[];
}

export type MatchMethod = 'email' | 'name' | 'phone-name' | 'score' | 'none';

export type MatchDecision =
  | { outcome: 'link'; method: Exclude<MatchMethod, 'none'>; qboCustomerId: string; score: number; reason: string; candidates: WeighedCandidate[] }
  | { outcome: 'ambiguous'; method: MatchMethod; score: number; reason: string; candidates: WeighedCandidate[] }
  | { outcome: 'create'; method: 'none'; score: number; reason: string; candidates: WeighedCandidate[] };

interface Scored {
  candidate: MatchCandidate;
  s: MatchScore;
}

const MAX_WEIGHED = 10;

/** A "hard" contradiction that forbids a rule-based link on its own. */
function contradicts(s: MatchScore): boolean {
  return s.givenNameConflict || s.streetConflict || s.postcodeConflict || s.qualifierConflict || (s.emailConflict && s.phoneConflict);
}

/** Names that do not disagree: similar, one contained in the other, or one of them absent. */
function namesCompatible(s: MatchScore): boolean {
  return !s.givenNameConflict && (s.nameSimilarity >= 0.5 || s.nameContainment >= 0.99);
}

/**
 * Decides where an incoming contact goes, in the documented order:
 * exact normalised email with one active candidate; normalised display or company name;
 * phone together with name; then a scored comparison. Exactly one strong candidate → link;
 * several plausible or only a weak one → ambiguous; none → create. Only active customers are
 * ever linked; inactive ones are weighed and shown.
 */
export function matchDecision(incoming: MatchKeys, candidates: readonly MatchCandidate[]): MatchDecision {
  const scored: Scored[] = candidates
    .map((candidate) => ({ candidate, s: matchScoring(incoming, candidate.keys) }))
    .sort((x, y) => y.s.score - x.s.score || Number(y.candidate.active) - Number(x.candidate.active) || x.candidate.qboCustomerId.localeCompare(y.candidate.qboCustomerId));
  const weighed: WeighedCandidate[] = scored.slice(0, MAX_WEIGHED).map(({ candidate, s }) => ({
    qboCustomerId: candidate.qboCustomerId,
    displayName: candidate.displayName,
    active: candidate.active,
    score: s.score,
    evidence: s.evidence,
  }));
  const active = scored.filter((x) => x.candidate.active);
  const strongOthers = (chosen: Scored) => active.filter((x) => x !== chosen && x.s.score >= STRONG_SCORE);
  const link = (method: Exclude<MatchMethod, 'none'>, chosen: Scored, reason: string): MatchDecision => {
    const rivals = strongOthers(chosen);
    if (rivals.length > 0) {
      return {
        outcome: 'ambiguous',
        method,
        score: chosen.s.score,
        reason: `${reason}, but ${rivals.length} other customer(s) match as strongly`,
        candidates: weighed,
      };
    }
    return { outcome: 'link', method, qboCustomerId: chosen.candidate.qboCustomerId, score: chosen.s.score, reason, candidates: weighed };
  };

  // 2. Exact normalised email with one active candidate (and names that do not disagree).
  const byEmail = active.filter((x) => x.s.emailEqual);
  const emailOne = byEmail[0];
  if (byEmail.length === 1 && emailOne !== undefined && namesCompatible(emailOne.s) && !emailOne.s.streetConflict) {
    return link('email', emailOne, 'the only active customer with this email');
  }

  // 3. Normalised display or company name.
  const byName = active.filter((x) => x.s.exactName === 'person' || x.s.exactName === 'person-company');
  const nameOk = byName.filter((x) => !contradicts(x.s));
  const nameOne = nameOk[0];
  if (nameOk.length === 1 && nameOne !== undefined && (byName.length === 1 || nameOne.s.emailEqual || nameOne.s.phoneEqual)) {
    return link('name', nameOne, 'the only active customer with this normalised name');
  }
  if (nameOk.length > 1) {
    const confirmed = nameOk.filter((x) => x.s.emailEqual || x.s.phoneEqual || x.s.streetEqual);
    const confirmedOne = confirmed[0];
    if (confirmed.length === 1 && confirmedOne !== undefined) {
      return link('name', confirmedOne, 'several customers share this name; only one also shares email, phone or address');
    }
  }

  // 4. Phone together with name.
  const byPhone = active.filter(
    (x) => x.s.phoneEqual && !contradicts(x.s) && (x.s.nameSimilarity >= 0.6 || (x.s.nameContainment >= 0.99 && x.s.nameSimilarity >= 0.3)),
  );
  const phoneOne = byPhone[0];
  if (byPhone.length === 1 && phoneOne !== undefined) {
    return link('phone-name', phoneOne, 'the only active customer with this phone and a similar name');
  }

  // 5. Scored comparison.
  const best = active[0];
  const second = active[1];
  if (best !== undefined && best.s.score >= STRONG_SCORE && (second === undefined || second.s.score < PLAUSIBLE_SCORE)) {
    return link('score', best, `one strong candidate (score ${best.s.score})`);
  }
  const plausible = active.filter((x) => x.s.score >= WEAK_SCORE);
  if (plausible.length > 0 || byEmail.length > 0 || byName.length > 0) {
    const top = Math.max(0, ...plausible.map((x) => x.s.score), ...byEmail.map((x) => x.s.score), ...byName.map((x) => x.s.score));
    const why =
      plausible.filter((x) => x.s.score >= PLAUSIBLE_SCORE).length > 1
        ? `${plausible.filter((x) => x.s.score >= PLAUSIBLE_SCORE).length} plausible candidates`
        : byName.length > 1
          ? `${byName.length} active customers share this name`
          : byEmail.length > 1
            ? `${byEmail.length} active customers share this email`
            : 'only a weak candidate';
    return { outcome: 'ambiguous', method: 'score', score: top, reason: why, candidates: weighed };
  }
  return {
    outcome: 'create',
    method: 'none',
    score: best?.s.score ?? 0,
    reason: candidates.length === 0 ? 'no candidate' : 'no plausible candidate',
    candidates: weighed,
  };
}
