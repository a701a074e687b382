// The theme toggle in the header: three radio buttons (system, light, dark) whose choice applies at once, persists in
// localStorage for every page, and follows changes made in other tabs.
import { applyTheme, readThemeChoice, saveThemeChoice, themeKey, type ThemeChoice } from "./_theme.ts";

const choices: readonly ThemeChoice[] = ["system", "light", "dark"];

/** Wires every [data-theme-toggle] on the page to the saved theme choice. */
export function setUpThemeToggles(): void {
  for (const toggle of document.querySelectorAll<HTMLElement>("[data-theme-toggle]")) setUpToggle(toggle);
}

function setUpToggle(toggle: HTMLElement): void {
  const radios = [...toggle.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  const show = (choice: ThemeChoice) => {
    for (const radio of radios) radio.checked = radio.value === choice;
  };
  show(readThemeChoice());
  toggle.addEventListener("change", (event) => {
    const value = (event.target as HTMLInputElement).value;
    const choice = choices.find((candidate) => candidate === value) ?? "system";
    applyTheme(choice);
    saveThemeChoice(choice);
  });
  window.addEventListener("storage", (event) => {
    if (event.key !== themeKey && event.key !== null) return;
    const choice = readThemeChoice();
    applyTheme(choice);
    show(choice);
  });
}
