// Generates realistic synthetic guides (roles, skills, technologies with cross-references) for the benchmark.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { skillCategories, technologyKinds, type CollectionName } from "../../src/schema/index.ts";
import { standardSections } from "../../src/content/sections.ts";

/** A small seeded random generator (mulberry32), so the same seed always makes the same content. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = (
  "the team builds services data users requests database queries index cache latency tests review deploy release pipeline " +
  "browser page layout component state accessibility keyboard screen reader contrast focus design system token server " +
  "client interface schema migration backup replica partition cluster container image registry network security secret " +
  "token session cookie header policy incident alert metric trace log dashboard budget capacity load scale throughput " +
  "error retry queue message event stream batch job schedule model feature training evaluation experiment notebook"
).split(" ");

/** How many guides of each kind a synthetic site of `pages` guide pages holds. */
export function splitPages(pages: number): { roles: number; skills: number; technologies: number } {
  const roles = Math.max(3, Math.round(pages * 0.05));
  const skills = Math.max(5, Math.round(pages * 0.4));
  return { roles, skills, technologies: Math.max(5, pages - roles - skills) };
}

/** Writes a synthetic content folder with `pages` guides; bodies run about as long as the bundled guides. */
export async function generateSyntheticContent(dir: string, pages: number, seed = 42): Promise<void> {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const sentence = (length: number) => {
    const text = Array.from({ length }, () => pick(words)).join(" ");
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = (sentences: number) => Array.from({ length: sentences }, () => sentence(8 + Math.floor(next() * 12))).join(" ");
  const counts = splitPages(pages);
  const slugs = {
    roles: Array.from({ length: counts.roles }, (_, i) => `role-${i + 1}`),
    skills: Array.from({ length: counts.skills }, (_, i) => `skill-${i + 1}`),
    technologies: Array.from({ length: counts.technologies }, (_, i) => `technology-${i + 1}`),
  };
  const sample = (items: string[], count: number, exclude?: string) => {
    const chosen = new Set<string>();
    while (chosen.size < Math.min(count, items.length - (exclude ? 1 : 0))) {
      const item = pick(items);
      if (item !== exclude) chosen.add(item);
    }
    return [...chosen].sort();
  };
  const list = (key: string, items: string[], indent = "") =>
    items.length === 0 ? `${indent}${key}: []\n` : `${indent}${key}:\n${items.map((item) => `${indent}  - ${item}`).join("\n")}\n`;
  // Skills and technologies show a short code example in one section, as real guides do, in one of a few languages.
  const body = (sections: string[], paragraphsEach: number, linkTo: string[], code?: { section: number; example: string }) =>
    sections
      .map(
        (heading, index) =>
          `## ${heading}\n\n${paragraph(paragraphsEach)}\n\n${index === 1 ? `${linkTo.map((link) => `- See [${link}](${link})`).join("\n")}\n\n` : ""}${code?.section === index ? `${code.example}\n\n` : ""}${paragraph(paragraphsEach)}\n`,
      )
      .join("\n");

  for (const collection of ["roles", "skills", "technologies"] as const) await mkdir(path.join(dir, collection), { recursive: true });
  const categories = Object.keys(skillCategories);
  const kinds = Object.keys(technologyKinds);
  for (const [index, slug] of slugs.roles.entries()) {
    // Every skill is needed by some role: each role takes a slice of the skill list, plus a few at random.
    const own = slugs.skills.filter((_, skillIndex) => skillIndex % slugs.roles.length === index);
    const skillSet = [...new Set([...own, ...sample(slugs.skills, 6)])];
    const required = skillSet.slice(0, Math.ceil(skillSet.length / 3));
    const recommended = skillSet.slice(required.length, Math.ceil((skillSet.length * 2) / 3));
    const niceToHave = skillSet.slice(required.length + recommended.length);
    const others = sample(slugs.roles, 3, slug);
    await writeFile(
      path.join(dir, "roles", `${slug}.md`),
      `---\ntitle: Synthetic role ${index + 1}\nsummary: ${sentence(14)}\naliases:\n  - Role alias ${index + 1}\nskills:\n${list("required", required, "  ")}${list("recommended", recommended, "  ")}${list("niceToHave", niceToHave, "  ")}${list("technologies", sample(slugs.technologies, 15))}${list("worksWith", others)}${list("movesTo", others.slice(0, 2))}published: 2026-01-${String((index % 28) + 1).padStart(2, "0")}\n---\n\n` +
        body(
          topHeadings("roles"),
          3,
          others.map((other) => `/roles/${other}/`),
        ),
    );
  }
  for (const [index, slug] of slugs.skills.entries()) {
    const prerequisites = index > 10 ? [slugs.skills[Math.floor(next() * index)] as string] : [];
    await writeFile(
      path.join(dir, "skills", `${slug}.md`),
      `---\ntitle: Synthetic skill ${index + 1}\nsummary: ${sentence(14)}\naliases:\n  - Skill alias ${index + 1}\ncategory: ${pick(categories)}\n${list("technologies", sample(slugs.technologies, 4))}${list("prerequisites", prerequisites)}published: 2026-02-${String((index % 28) + 1).padStart(2, "0")}\n---\n\n` +
        body(
          topHeadings("skills"),
          2,
          sample(slugs.technologies, 2).map((tech) => `/technologies/${tech}/`),
          { section: 3, example: codeExample(index) },
        ),
    );
  }
  for (const [index, slug] of slugs.technologies.entries()) {
    await writeFile(
      path.join(dir, "technologies", `${slug}.md`),
      `---\ntitle: Synthetic technology ${index + 1}\nsummary: ${sentence(14)}\naliases:\n  - Tech alias ${index + 1}\nkind: ${pick(kinds)}\nhomepage: https://example.org/technology-${index + 1}/\n${list("skills", sample(slugs.skills, 3))}published: 2026-03-${String((index % 28) + 1).padStart(2, "0")}\n---\n\n` +
        body(
          topHeadings("technologies"),
          2,
          sample(slugs.technologies, 2, slug).map((tech) => `/technologies/${tech}/`),
          { section: 1, example: codeExample(index + 3) },
        ),
    );
  }
}

/** The standard `##` headings of a kind of guide (the synthetic skills leave out the `###` levels under one of them). */
function topHeadings(collection: CollectionName): string[] {
  return standardSections[collection].filter((section) => section.level === 2).map((section) => section.text);
}

/** Short code examples of the kind guides show, one per language the guides use most. */
const codeExamples = [
  "```sql\nSELECT orders.id, customers.email, sum(lines.amount) AS total\nFROM orders\nJOIN customers ON customers.id = orders.customer_id\nJOIN order_lines AS lines ON lines.order_id = orders.id\nWHERE orders.created_at > now() - interval '30 days'\nGROUP BY orders.id, customers.email\nORDER BY total DESC;\n```",
  "```ts\nexport async function load(id: number): Promise<User> {\n  const response = await fetch(`/api/users/${id}`);\n  if (!response.ok) throw new Error(`status ${response.status}`);\n  return (await response.json()) as User; // typed at the edge\n}\n```",
  '```bash\nset -euo pipefail\nfor file in content/*.md; do\n  grep -q \'^title:\' "$file" || { echo "no title in $file"; exit 1; }\ndone\nnpm run build -- --output public\n```',
  "```yaml\nname: deploy\non:\n  push:\n    branches: [main]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm ci && npm run build\n```",
  "```python\ndef summarise(path: str) -> dict[str, float]:\n    totals: dict[str, float] = {}\n    for row in read_rows(path):  # one pass over the file\n        totals[row.region] = totals.get(row.region, 0) + row.amount\n    return totals\n```",
  '```json\n{\n  "name": "example",\n  "scripts": { "build": "tsc", "test": "node --test" },\n  "dependencies": { "zod": "^4.0.0" }\n}\n```',
];

/** The code example a synthetic guide shows, chosen by its index so the same seed gives the same content. */
function codeExample(index: number): string {
  return codeExamples[index % codeExamples.length] ?? "";
}
