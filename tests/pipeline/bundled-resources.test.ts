// The extension's model loader: it reads the packaged model files once, decodes all three, and recovers from a failed read.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBundledResources } from '../../lib/pipeline/bundled-resources';
import { MODEL_FILES, type ModelFile } from '../../lib/pipeline/model-files';
import { createPipeline } from '../../lib/pipeline';
import { POS_TAGS } from '../../lib/pipeline/syntax';

const fromDisk = (file: ModelFile) => Promise.resolve(new Uint8Array(readFileSync(new URL(`../../lib/pipeline/models/${file}`, import.meta.url))));

describe('loadBundledResources', () => {
  it('retries after a failed read, then reads each packaged file once and shares the decoded models', async () => {
    const missing = () => Promise.reject(new Error('model file ner.bin is missing from the extension package (404)'));
    await expect(loadBundledResources(missing)).rejects.toThrow('missing from the extension package');

    const read: ModelFile[] = [];
    const reader = (file: ModelFile) => (read.push(file), fromDisk(file));
    const [first, second] = await Promise.all([loadBundledResources(reader), loadBundledResources(reader)]);
    expect(second).toBe(first);
    expect(read).toEqual([...MODEL_FILES]);

    const { pos } = first.syntax!.tagWords(['Officials', 'said', 'on', 'Friday', '.'], [0]);
    expect(POS_TAGS[pos[1]]).toBe('VBD');
    expect(first.wordVectors).toBeDefined();
    const analysis = createPipeline(first).analyse('Kremlin spokesman Dmitry Peskov said the talks would continue.', 'test');
    expect(analysis.claims[0]?.speaker?.name).toBe('Dmitry Peskov');
  });
});
