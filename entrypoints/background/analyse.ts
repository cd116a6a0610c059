// Page text in -> pipeline -> database -> paint plan out; the one place the service worker does work.
import { contentMessaging, analysePageSchema, actorCardSchema, type AnalyseResult } from '@/lib/messaging/content-to-background';
import { buildPaintPlan } from '@/lib/messaging/paint-plan';
import { assertOwnSender, parseMessage } from '@/lib/messaging/validate';
import { createPipeline, type Pipeline } from '@/lib/pipeline';
import { loadBundledResources } from '@/lib/pipeline/bundled-resources';
import type { ModelFile } from '@/lib/pipeline/model-files';
import { db, getActorCard, saveAnalysis } from '@/lib/db';

let pipeline: Pipeline | undefined;
/** Saves run one after another, so a page's later slices never overtake its first one. */
let saves: Promise<void> = Promise.resolve();

/** A model file from the extension's own package (chrome-extension://…), which the manifest's connect-src 'self' allows. */
async function readModelFile(file: ModelFile): Promise<Uint8Array> {
  const res = await fetch(browser.runtime.getURL(`/models/${file}`));
  if (!res.ok) throw new Error(`model file ${file} is missing from the extension package (${res.status})`);
  return new Uint8Array(await res.arrayBuffer());
}

/** The pipeline once the models are loaded (loadBundledResources shares one load and retries a failed one). */
async function getPipeline(): Promise<Pipeline> {
  const resources = await loadBundledResources(readModelFile);
  return (pipeline ??= createPipeline(resources));
}

export function setUpAnalysis(): void {
  // Load the models as soon as the worker starts. When no page has asked by the time they are ready, one short text
  // warms the pipeline up for the first page; when one has (a page woke the worker), it goes first, not behind it.
  let pageAsked = false;
  getPipeline()
    .then((p) => pageAsked || p.analyse('The minister said on Monday that "talks will continue," officials in Paris confirmed.', 'warm-up'))
    .catch((e) => console.error('[fact-annotator] could not load the models', e));
  contentMessaging.onMessage('analysePage', async ({ data, sender }) => {
    assertOwnSender(sender, browser.runtime.id);
    const req = parseMessage(analysePageSchema, data);
    const url = new URL(req.url);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return { status: 'skipped', reason: 'not a web page' } satisfies AnalyseResult;
    pageAsked = true;
    const analysis = (await getPipeline()).analyse(req.text, req.url);
    // A page in another language is neither painted nor stored: there is nothing right to show for it.
    if (analysis.skipped) return { status: 'skipped', reason: analysis.skipped } satisfies AnalyseResult;
    const truncated = [req.truncated, analysis.truncated?.reason].filter(Boolean).join('; ') || undefined;
    // The page paints as soon as the pipeline is done; the database write follows in the background (the panel's live
    // queries and the hover card wait for it). Only a page's first slice replaces its record; later slices add to it.
    const page = { url: stripHash(url), title: req.title, site: url.hostname, truncated, offset: req.offset };
    // The write starts in a later task: started in this one, its synchronous part (building rows, opening the
    // transaction) would run in the microtasks before the reply leaves, and the page would wait for it.
    saves = saves
      .then(nextTask)
      .then(() => saveAnalysis(db, page, req.text, analysis))
      .catch((e) => console.error('[fact-annotator] could not save', page.url, e));
    return { status: 'ok', plan: buildPaintPlan(analysis, req.offset, truncated) } satisfies AnalyseResult;
  });

  // Nothing to do: receiving it started the worker, whose start-up (above) decodes the model and warms the pipeline.
  contentMessaging.onMessage('wake', ({ sender }) => {
    assertOwnSender(sender, browser.runtime.id);
    return true;
  });

  contentMessaging.onMessage('getActorCard', async ({ data, sender }) => {
    assertOwnSender(sender, browser.runtime.id);
    const { actorId } = parseMessage(actorCardSchema, data);
    await saves;
    return getActorCard(db, actorId);
  });
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function stripHash(url: URL): string {
  const u = new URL(url.href);
  u.hash = '';
  return u.href;
}
