// The web app manifest, so the site can be installed and opened like an app; URLs are relative to work under any sub-path.
import type { PageData } from "../src/site/page-data.ts";

export const data = { permalink: "/manifest.webmanifest" };

export default function render(data: PageData): string {
  const manifest = {
    name: data.site.name,
    short_name: data.site.name,
    description: data.site.description,
    start_url: "./",
    scope: "./",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#1d4ed8",
    icons: [{ src: "icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" }],
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
