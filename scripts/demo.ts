// `npm run demo`: builds the extension, serves the sample article on 127.0.0.1 and opens Chromium with the extension loaded.
// `npm run demo -- --headless [--out DIR]` writes screenshots and an export into DIR (default demo-output/) instead.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { findChromium, launchWithExtension, NO_CHROMIUM_HELP } from './browser';
import { serveStatic } from './static-server';
import { seedArticleHtml } from './seed-page';
import { captureDemo } from './demo-capture';

const args = process.argv.slice(2);
const headless = args.includes('--headless');
const outIndex = args.indexOf('--out');
const outDir = resolve(outIndex >= 0 ? args[outIndex + 1] : 'demo-output');

async function main(): Promise<void> {
  if (!findChromium()) {
    console.error(NO_CHROMIUM_HELP);
    process.exit(1);
  }
  if (!args.includes('--no-build')) execSync('npx wxt build', { stdio: 'inherit' });
  const server = await serveStatic({ '/': seedArticleHtml(), '/article.html': seedArticleHtml() });
  const wantWindow = !headless && !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (!headless && !wantWindow) console.log('No display found: running headless and writing screenshots instead (pass --headless to skip this note).');
  const browser = await launchWithExtension({ headless: !wantWindow });
  const articleUrl = `${server.url}/article.html`;
  if (wantWindow) {
    const page = await browser.context.newPage();
    await page.goto(articleUrl);
    const panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?url=${encodeURIComponent(articleUrl)}`);
    await page.bringToFront();
    console.log(`Serving the sample article at ${articleUrl}`);
    console.log('Chromium is open with Fact Annotator loaded; the side panel is open in the second tab. Close the browser to stop.');
    await new Promise<void>((r) => browser.context.on('close', () => r()));
    await server.close();
    return;
  }
  mkdirSync(outDir, { recursive: true });
  try {
    const written = await captureDemo(browser, articleUrl, outDir);
    console.log(`Wrote to ${outDir}:\n` + written.map((f) => `  ${f}`).join('\n'));
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e) => {
  console.error(`demo failed: ${(e as Error).message}`);
  process.exit(1);
});
