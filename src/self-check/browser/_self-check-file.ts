// The self-check's file tools on /me/: export the marks to a JSON file, import them from one, and clear them all.
import { maxSelfCheckFileBytes, parseSelfCheckFile, toSelfCheckFile } from "../self-check.ts";

/** What the file tools need from the self-check: the current marks, a way to replace them, and the skills this site knows. */
export interface MarksAccess {
  marks(): ReadonlySet<string>;
  replace(next: Set<string>): void;
  known: ReadonlySet<string>;
}

/** Wires the export, import and clear controls inside `root`, when the page has them. */
export function setUpFileTools(root: HTMLElement, access: MarksAccess): void {
  const exportButton = root.querySelector<HTMLButtonElement>("[data-self-check-export]");
  const importButton = root.querySelector<HTMLButtonElement>("[data-self-check-import]");
  const fileInput = root.querySelector<HTMLInputElement>("[data-self-check-file]");
  const clearButton = root.querySelector<HTMLButtonElement>("[data-self-check-clear]");
  const message = root.querySelector<HTMLElement>("[data-self-check-message]");
  const say = (text: string, isError = false) => {
    if (!message) return;
    message.textContent = text;
    message.classList.toggle("self-check-message--error", isError);
  };

  exportButton?.addEventListener("click", () => {
    const file = toSelfCheckFile(access.marks(), new Date());
    const url = URL.createObjectURL(new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: "application/json" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = `role-guides-skills-${file.exportedAt.slice(0, 10)}.json`;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    say(`Exported ${file.skills.length} marked skill${file.skills.length === 1 ? "" : "s"} to ${link.download}.`);
  });

  importButton?.addEventListener("click", () => fileInput?.click());
  fileInput?.addEventListener("change", () => {
    const file = fileInput.files?.[0];
    fileInput.value = "";
    if (!file) return;
    if (file.size > maxSelfCheckFileBytes) {
      say(`Could not import ${file.name}: it is too large to be a self-check export.`, true);
      return;
    }
    void file.text().then((text) => {
      const result = parseSelfCheckFile(text, access.known);
      if (!result.ok) {
        say(`Could not import ${file.name}: ${result.error}`, true);
        return;
      }
      const skipped = result.unknown.length > 0 ? ` ${result.unknown.length} skill${result.unknown.length === 1 ? " is" : "s are"} not on this site and ${result.unknown.length === 1 ? "was" : "were"} skipped: ${result.unknown.slice(0, 5).join(", ")}${result.unknown.length > 5 ? ", …" : ""}.` : "";
      access.replace(new Set(result.skills));
      say(`Imported ${result.skills.length} marked skill${result.skills.length === 1 ? "" : "s"} from ${file.name}; they replace your earlier marks.${skipped}`);
    });
  });

  clearButton?.addEventListener("click", () => {
    const count = access.marks().size;
    if (count === 0) {
      say("There are no marks to clear.");
      return;
    }
    if (!window.confirm(`Clear all ${count} marked skill${count === 1 ? "" : "s"}? This cannot be undone; export them first to keep a copy.`)) return;
    access.replace(new Set());
    say(`Cleared ${count} marked skill${count === 1 ? "" : "s"}.`);
  });
}
