// The last step for a body that holds raw HTML: the whole rendered body goes through sanitize-html, which keeps only
// the elements and attributes the renderer writes and the allowed HTML elements, as GitHub sanitises after rendering.
import sanitizeHtml from "sanitize-html";
import { allowedHtml } from "./raw-html.ts";

/** What the renderer itself writes, element by element, with the attributes it sets. */
const rendered: Record<string, string[]> = {
  a: ["href", "title"], blockquote: [], br: [], code: ["class"], del: [], div: ["class", "role", "aria-label", "tabindex"],
  em: [], h1: ["id"], h2: ["id"], h3: ["id"], h4: ["id"], h5: ["id"], h6: ["id"], hr: [], img: ["src", "srcset", "sizes", "width", "height", "alt", "title", "loading", "decoding"],
  li: [], ol: ["start"], p: [], picture: [], pre: ["tabindex"], s: [], source: ["type", "srcset", "sizes"], span: ["class"], strong: [],
  table: [], tbody: [], td: ["class"], th: ["class"], thead: [], tr: [], ul: [],
};

const allowedAttributes: Record<string, string[]> = { ...rendered };
for (const [element, attributes] of Object.entries(allowedHtml)) allowedAttributes[element] = [...new Set([...(allowedAttributes[element] ?? []), ...attributes])];

const options: sanitizeHtml.IOptions = {
  allowedTags: Object.keys(allowedAttributes),
  allowedAttributes,
  allowedClasses: { code: ["language-*"], div: ["table-scroll"], td: ["align-*"], th: ["align-*"] },
  allowedSchemes: ["https", "http", "mailto"],
  allowedSchemesByTag: { img: ["https"] },
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
};

/** Runs a rendered body through the sanitiser; bodies without raw HTML never need it. */
export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, options);
}
