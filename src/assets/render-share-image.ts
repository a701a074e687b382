// Renders share-card.html in headless Chromium to share.png (1200 × 630), the committed image link previews show.
// Run once after changing the design: npx tsx src/assets/render-share-image.ts
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const assetsDir = path.dirname(fileURLToPath(import.meta.url));

/** Renders the share card design to a PNG file. */
export async function renderShareImage(output = path.join(assetsDir, "share.png")): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--font-render-hinting=none"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, deviceScaleFactor: 1 });
    await page.goto(pathToFileURL(path.join(assetsDir, "share-card.html")).href);
    await page.screenshot({ path: output, type: "png", clip: { x: 0, y: 0, width: 1200, height: 630 } });
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await renderShareImage();
