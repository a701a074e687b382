// The one thing code shared by the build and the browser needs of a language: a function from a message key (and the
// values of its placeholders) to text. Messages.t is one in the build, src/i18n/browser/_messages.ts's t in the browser.

/** Looks up a message and fills in its placeholders. */
export type Translate = (key: string, params?: Readonly<Record<string, string | number>>) => string;
