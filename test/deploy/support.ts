// Shared pieces of the deploy tests: the fixture, its public address, and reading XML with Chromium's own parser.
import type { Page } from "playwright-core";
import { fixture } from "../support/harness.ts";

/** The content tree the deploy tests build: the basic fixture plus hostile text in a summary and fragment links. */
export const deployFixture = fixture("deploy");

/** The public address the deploy tests build for, under a sub-path like a GitHub Pages project site. */
export const publicBaseUrl = "https://example.org/guides/";

/** The path prefix of that address. */
export const pathPrefix = "/guides/";

/** An XML element, as parsed by the browser. */
export interface XmlElement {
  name: string;
  namespace: string | null;
  attributes: Record<string, string>;
  text: string;
  children: XmlElement[];
}

// Source text, not a function: tsx would wrap named inner functions in a helper the browser does not have.
const parseInBrowser = `(source) => {
  const doc = new DOMParser().parseFromString(source, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) return { error: error.textContent || "not well-formed" };
  const convert = (element) => ({
    name: element.localName,
    namespace: element.namespaceURI,
    attributes: Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value])),
    text: element.textContent || "",
    children: [...element.children].map(convert),
  });
  return { root: convert(doc.documentElement) };
}`;

/** Parses XML with the browser's DOMParser, a conforming XML parser; throws with the parser's message if not well-formed. */
export async function parseXml(page: Page, text: string): Promise<XmlElement> {
  const result = await page.evaluate<{ error: string } | { root: XmlElement }>(`(${parseInBrowser})(${JSON.stringify(text)})`);
  if ("error" in result) throw new Error(`not well-formed XML: ${result.error}`);
  return result.root;
}

/** The children of an element with a local name. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}
