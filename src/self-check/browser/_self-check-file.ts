// The self-check's file tools on /me/: export the marks to a JSON file, import them from one, and clear them all.
import { t } from "../../i18n/browser/_messages.ts";
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
    say(t("selfCheck.live.exported", { count: file.skills.length, file: link.download }));
  });

  importButton?.addEventListener("click", () => fileInput?.click());
  fileInput?.addEventListener("change", () => {
    const file = fileInput.files?.[0];
    fileInput.value = "";
    if (!file) return;
    if (file.size > maxSelfCheckFileBytes) {
      say(t("selfCheck.live.tooLarge", { file: file.name }), true);
      return;
    }
    void file.text().then((text) => {
      const result = parseSelfCheckFile(text, access.known);
      if (!result.ok) {
        say(t("selfCheck.live.importFailed", { file: file.name, reason: t(result.reason.key, result.reason.params) }), true);
        return;
      }
      const skipped =
        result.unknown.length > 0
          ? ` ${t("selfCheck.live.skipped", { count: result.unknown.length, skills: `${result.unknown.slice(0, 5).join(", ")}${result.unknown.length > 5 ? ", …" : ""}` })}`
          : "";
      access.replace(new Set(result.skills));
      say(`${t("selfCheck.live.imported", { count: result.skills.length, file: file.name })}${skipped}`);
    });
  });

  clearButton?.addEventListener("click", () => {
    const count = access.marks().size;
    if (count === 0) {
      say(t("selfCheck.live.nothingToClear"));
      return;
    }
    if (!window.confirm(t("selfCheck.live.confirmClear", { count }))) return;
    access.replace(new Set());
    say(t("selfCheck.live.cleared", { count }));
  });
}
