// `npm run check` on the translations in language folders: the build's validation already covers their fields, the
// originals they name and their links; here they get the checks that concern how a file is written — Markdown style,
// field order and placeholders. The standard section headings are checked on originals only: a translation may name
// its sections in its own language.
import { loadFile } from "../content/load.ts";
import { createMarkdown } from "../content/render.ts";
import { listTranslationFiles } from "../content/translations.ts";
import { TranslationSchema } from "../schema/translation.ts";
import { mapInBatches } from "../lib/batches.ts";
import { documentOf, type CheckInput, type GuideDocument } from "./documents.ts";
import { checkKeyOrder } from "./key-order.ts";
import { checkMarkdownStyle } from "./markdown-style.ts";
import { checkPlaceholders } from "./placeholders.ts";
import type { CheckProblem } from "./rules.ts";

/** Checks how every translation under `contentDir` is written; returns the problems and how many translations it read. */
export async function checkTranslations(contentDir: string, options: { fix?: boolean } = {}): Promise<{ problems: CheckProblem[]; translations: number }> {
  const files = await listTranslationFiles(contentDir);
  const markdown = createMarkdown();
  const documents = (
    await mapInBatches(files, async (file): Promise<GuideDocument[]> => {
      const loaded = await loadFile(file);
      return "problem" in loaded ? [] : [await documentOf(loaded.entry, markdown)];
    })
  ).flat();
  const input: CheckInput = { documents, slugs: { roles: new Set(), skills: new Set(), technologies: new Set() }, complete: false };
  const problems = [...checkKeyOrder(input, () => TranslationSchema), ...(await checkMarkdownStyle(input, options)), ...checkPlaceholders(input)];
  return { problems, translations: documents.length };
}
