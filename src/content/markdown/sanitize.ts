// The last step for a body that holds raw HTML: the whole rendered body goes through sanitize-html, which keeps only
// the elements and attributes the renderer writes and the allowed HTML elements, as GitHub sanitises after rendering.
import sanitizeHtml from "sanitize-html";
import { allowedHtml } from "./raw-html.ts";

/** What the renderer itself writes, element by element, with the attributes it sets. */
const rendered: Record<string, string[]> = {
  a: ["href", "title"], blockquote: [], br: [], code: ["class"], del: [],
  em: [], h1: ["id"], h2: ["id"], h3: ["id"], h4: ["id"], h5: ["id"], h6: ["id"], hr: [], img: ["src", "srcset", "sizes", "width", "height", "alt", "title", "loading", "decoding"],
  li: [], ol: ["start"], p: [], picture: [], pre: ["tabindex"], s: [], section: ["class", "aria-label", "tabindex"], source: ["type", "srcset", "sizes"], span: ["class"], strong: [],
  table: [], tbody: [], td: ["class"], th: ["class"], thead: [], tr: [], ul: [],
};

const allowedAttributes: Record<string, string[]> = { ...rendered };
for (const [element, attributes] of Object.entries(allowedHtml)) allowedAttributes[element] = [...new Set([...(allowedAttributes[element] ?? []), ...attributes])];

const options: sanitizeHtml.IOptions = {
  allowedTags: Object.keys(allowedAttributes),
  allowedAttributes,
  allowedClasses: { code: ["language-*"], section: ["table-scroll"], td: ["align-*"], th: ["align-*"] },
  allowedSchemes: ["https", "http", "mailto"],
  allowedSchemesByTag: { img: ["https"] },
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
};

/** Runs a rendered body through the sanitiser; bodies without raw HTML never need it. */
export function sanitizeBody(html: string): string {
  // sanitize-html writes void elements XHTML-style (<br />); the rest of the page writes them as HTML does (<br>).
  // Attribute values come out escaped, so no ">" inside a tag can end it early.
  return sanitizeHtml(html, options).replace(/<(br|wbr|img|source|hr)\b([^<>]*?)\s*\/>/g, "<$1$2>");
}
