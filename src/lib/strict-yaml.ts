// The one way YAML is read from content (front matter, site.yaml, message files): the core schema only, no custom
// tags, duplicate keys refused, and anchors and aliases found so each reader can refuse them with its own words.
import { isAlias, isNode, LineCounter, parseDocument, visit, type Document, type YAMLError } from "yaml";

/** A parsed document and the line counter that turns its offsets into line numbers (1-based, within the text given). */
export interface StrictYaml {
  document: Document.Parsed;
  lineCounter: LineCounter;
}

/** Parses YAML strictly: errors and warnings are collected on the document, never thrown. */
export function parseStrictYaml(text: string): StrictYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true, schema: "core", customTags: [] });
  return { document, lineCounter };
}

/** The line (within the parsed text) a YAML error points at. */
export function yamlErrorLine(error: YAMLError, lineCounter: LineCounter): number {
  return error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line;
}

/** A YAML error's first sentence, without the position the message repeats: "Map keys must be unique". */
export function yamlErrorSentence(error: YAMLError): string {
  return (error.message.split("\n")[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, "");
}

/** Every anchor (`&name`) and alias (`*name`) in a document, with where it starts and ends in the text. */
export function anchorsAndAliases(document: Document.Parsed): Array<{ kind: "anchor" | "alias"; name: string; range: [number, number] }> {
  const found: Array<{ kind: "anchor" | "alias"; name: string; range: [number, number] }> = [];
  visit(document, (_key, node) => {
    if (!isNode(node)) return;
    const range: [number, number] = [node.range?.[0] ?? 0, node.range?.[1] ?? 0];
    if (isAlias(node)) found.push({ kind: "alias", name: node.source, range });
    else if (node.anchor) found.push({ kind: "anchor", name: node.anchor, range });
  });
  return found;
}
