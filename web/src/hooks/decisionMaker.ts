/* Who makes same-or-different decisions in this browser: a name kept in localStorage, sent with each decision. */
const KEY = 'newsgraph.analyst.name';

/** The name given in the Decisions panel ("" when none: the server then records its own user). */
export function decisionMaker(): string {
  try {
    return window.localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

/** Remembers the name for the next decisions. */
export function setDecisionMaker(name: string): void {
  try {
    window.localStorage.setItem(KEY, name.trim());
  } catch {
    // Storage refused (private mode): decisions go without a name.
  }
}
