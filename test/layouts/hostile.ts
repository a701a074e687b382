// Hostile titles for the markup tests: a role whose title and skill titles try to break out of text and attributes.
import assert from "node:assert/strict";
import type { Role } from "../../src/content/model.ts";

/** A copy of a role whose own title and every skill title is hostile markup. */
export function hostile(role: Role): Role {
  const evil = (title: string) => `${title}"><script>alert(1)</script><img src=x onerror=alert(1)>`;
  const skills = Object.fromEntries(
    Object.entries(role.skills).map(([importance, links]) => [importance, links.map((link) => ({ ...link, title: evil(link.title) }))]),
  );
  return { ...role, title: evil(role.title), skills: skills as Role["skills"] };
}

/** Fails unless the markup shows the hostile text as text, with no element or attribute it tried to add. */
export function assertInert(markup: string): void {
  assert.doesNotMatch(markup, /<script|<img|onerror=alert\(1\)>/i);
  assert.match(markup, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
}
