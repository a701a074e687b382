// The site icon: a compass-like mark in the accent colour, used by the manifest and as the favicon.
import { escapeHtml } from "../src/lib/html.ts";
import type { PageData } from "../src/site/page-data.ts";

export const data = { permalink: "/icon.svg" };

export default function render(data: PageData): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" role="img" aria-label="${escapeHtml(data.site.name)}">
  <rect width="64" height="64" rx="14" fill="#1d4ed8"/>
  <path d="M18 46 L32 14 L46 46 L32 38 Z" fill="#ffffff"/>
  <circle cx="32" cy="31" r="3" fill="#1d4ed8"/>
</svg>
`;
}
