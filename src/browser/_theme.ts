// The reader's colour theme choice: "system" follows the operating system, "light" and "dark" override it.
import { readStored, writeStored } from "./_storage.ts";

/** The localStorage key holding "light" or "dark"; no key means "follow the system". */
export const themeKey = "role-guides:theme";

/** A theme choice as the toggle offers it. */
export type ThemeChoice = "system" | "light" | "dark";

/** The saved choice, or "system" when there is none. */
export function readThemeChoice(): ThemeChoice {
  const stored = readStored(themeKey);
  return stored === "light" || stored === "dark" ? stored : "system";
}

/** Applies a choice to the page: `data-theme` on <html> for light or dark, none to follow the system. */
export function applyTheme(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === "system") delete root.dataset.theme;
  else root.dataset.theme = choice;
}

/** Saves a choice for every page of the site. */
export function saveThemeChoice(choice: ThemeChoice): void {
  writeStored(themeKey, choice === "system" ? null : choice);
}
