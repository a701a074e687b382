// Escaping by default: the `html` tag escapes every interpolated value unless it is already trusted markup.

/** Markup that is known to be safe: built by the `html` tag, or trusted explicitly with `trustedHtml`. */
export class SafeHtml {
  readonly #markup: string;
  constructor(markup: string) {
    this.#markup = markup;
  }
  toString(): string {
    return this.#markup;
  }
}

/** A value the `html` tag accepts: text to escape, trusted markup, or lists and absences of them. */
export type HtmlValue = string | number | SafeHtml | null | undefined | false | readonly HtmlValue[];

const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for use in HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => entities[char] ?? char);
}

function renderValue(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof SafeHtml) return value.toString();
  if (Array.isArray(value)) return value.map(renderValue).join("");
  return escapeHtml(String(value));
}

/** Builds markup from a template literal, escaping every interpolated value that is not SafeHtml. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let markup = strings[0] ?? "";
  values.forEach((value, index) => {
    markup += renderValue(value) + (strings[index + 1] ?? "");
  });
  return new SafeHtml(markup);
}

/** Marks markup as trusted; only for HTML this program rendered itself, such as a guide's Markdown body. */
export function trustedHtml(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
