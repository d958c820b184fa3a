// The citizen's progress in this tab only (sessionStorage), keyed per service and rules version so a
// new version of the rules never reads answers given to the old one.
import type { AnswerValue, EligibilityRules } from '@diwan/client';
/** From the rules engine's lazy chunk (progress is only read once the rules and the engine are loaded). */
type AnswerCheck = Pick<typeof import('@diwan/client/rules'), 'validAnswers'>;

export type Page = { kind: 'question'; id: string } | { kind: 'check' } | { kind: 'result' } | { kind: 'cleared' };

export interface Progress {
  answers: Record<string, AnswerValue>;
  page?: Page;
  returnToCheck?: boolean;
}

export function progressKey(rules: EligibilityRules): string {
  return `diwan:eligibility:${rules.serviceId}:${rules.version}`;
}

/** Storage can be missing or refuse (private modes, sandboxed frames): progress then lives in memory only. */
function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

function readPage(value: unknown, rules: EligibilityRules): Page | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { kind, id } = value as { kind?: unknown; id?: unknown };
  if (kind === 'question') return rules.questions.some((question) => question.id === id) ? { kind, id: id as string } : undefined;
  return kind === 'check' || kind === 'result' || kind === 'cleared' ? { kind } : undefined;
}

/** Progress saved earlier in this tab; anything that does not fit the rules is dropped. */
export function loadProgress(engine: AnswerCheck, rules: EligibilityRules): Progress | undefined {
  try {
    const text = storage()?.getItem(progressKey(rules));
    if (!text) return undefined;
    const saved = JSON.parse(text) as { answers?: unknown; page?: unknown; returnToCheck?: unknown };
    const answers = typeof saved.answers === 'object' && saved.answers !== null ? engine.validAnswers(rules.questions, saved.answers as Record<string, unknown>) : {};
    return { answers, page: readPage(saved.page, rules), returnToCheck: saved.returnToCheck === true };
  } catch {
    return undefined; // unreadable: start afresh
  }
}

export function saveProgress(rules: EligibilityRules, progress: Progress): void {
  try {
    storage()?.setItem(progressKey(rules), JSON.stringify(progress));
  } catch {
    // full or refused: progress is kept in memory for this page view
  }
}

export function clearProgress(rules: EligibilityRules): void {
  try {
    storage()?.removeItem(progressKey(rules));
  } catch {
    // nothing stored
  }
}
