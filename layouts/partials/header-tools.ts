// Controls at the end of the site header: the colour theme toggle (system, light or dark), which theme-init.js applies
// before first paint and wires up once the page is read. Without scripts the toggle is hidden (see _utilities.css).
import { html, type HtmlValue } from "../../src/lib/html.ts";
import type { PageData } from "../../src/site/page-data.ts";
import type { PageOptions } from "../base.ts";
import { messagesOf } from "./edition.ts";

const icons = {
  // A half-filled circle: follow the system.
  system: html`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="8.5" fill="none" stroke="currentColor" stroke-width="2"/><path d="M12 3.5a8.5 8.5 0 0 1 0 17z" fill="currentColor"/></svg>`,
  light: html`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="4.5" fill="currentColor"/><path d="M12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9l2.1 2.1M17 17l2.1 2.1M4.9 19.1 7 17M17 7l2.1-2.1" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg>`,
  dark: html`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><path d="M20 14.5A8.5 8.5 0 0 1 9.5 4a8.5 8.5 0 1 0 10.5 10.5z" fill="currentColor"/></svg>`,
};

const choices = [
  { value: "system", label: "header.themeSystem" },
  { value: "light", label: "header.themeLight" },
  { value: "dark", label: "header.themeDark" },
] as const;

/** The reader controls shown in the header: the theme toggle, in the page's language. */
export const headerTools: (data: PageData, options: PageOptions) => HtmlValue = (data) => {
  const m = messagesOf(data);
  return html`<fieldset class="theme-toggle" data-theme-toggle>
      <legend class="visually-hidden">${m.t("header.themeLegend")}</legend>
      ${choices.map((choice) => html`<label class="theme-toggle__option" data-choice="${choice.value}" title="${m.t("header.themeTitle", { theme: m.t(choice.label) })}"><input type="radio" name="theme" value="${choice.value}"${choice.value === "system" ? html` checked` : ""}>${icons[choice.value]}<span class="visually-hidden">${m.t(choice.label)}</span></label>`)}
    </fieldset>`;
};
