// On a page opened from disk, explains that search needs the local server instead of failing silently.
import { t } from "../../i18n/browser/_messages.ts";

/** The command that serves a built folder with search working. */
export const serveCommand = "npm run serve";

/** Whether this page was opened from a file rather than served over HTTP. */
export function openedFromDisk(): boolean {
  return location.protocol === "file:";
}

/** Adds a plain explanation next to every search form and stops them from submitting to a page that cannot search. */
export function explainSearchOnDisk(): void {
  if (!openedFromDisk()) return;
  for (const form of document.querySelectorAll<HTMLFormElement>('form[role="search"]')) {
    const notice = document.createElement("p");
    notice.className = "file-notice";
    notice.id = `${form.id || "search"}-file-notice`;
    // The message has the command in its middle: the text around it is set as text, the command as code.
    const [before = "", after = ""] = t("offline.fileNotice", { command: "\uE000" }).split("\uE000");
    const code = document.createElement("code");
    code.textContent = serveCommand;
    notice.append(before, code, after);
    form.after(notice);
    const input = form.querySelector("input");
    input?.setAttribute("aria-describedby", notice.id);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      notice.setAttribute("role", "alert");
      input?.focus();
    });
  }
}
