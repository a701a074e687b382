// How searches reach the browser's history: a search being typed keeps one entry, which later keystrokes replace; a
// submitted search, a filter or a sort change gets an entry of its own.

/** What caused a search. */
export type SearchCause = "typing" | "submit" | "change";

/** Records searches in the history, one entry per search a reader would want to go back to. */
export class SearchHistory {
  /** Whether the current entry belongs to a search being typed. */
  #typingEntry = false;

  /** Records the URL of a search; `pageWasBlank` says the page showed no search before, so its entry can be reused. */
  record(url: string, cause: SearchCause, pageWasBlank: boolean): void {
    const current = `${location.pathname}${location.search}`;
    if (cause !== "change" && (this.#typingEntry || pageWasBlank)) history.replaceState(null, "", url);
    else if (url !== current) history.pushState(null, "", url);
    this.#typingEntry = cause === "typing";
  }

  /** Forgets the typing entry, after the reader moved through the history. */
  reset(): void {
    this.#typingEntry = false;
  }
}
