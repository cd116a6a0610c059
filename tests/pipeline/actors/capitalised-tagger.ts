// Test stand-in tagger for volume tests: every run of capitalised words is a name (PER), so the linker's own cost
// is measured without the statistical tagger's.
import type { Mention, PipelineDoc } from '../../../lib/pipeline/document';
import type { EntityTagger } from '../../../lib/pipeline/resources';

export const capitalisedTagger: EntityTagger = {
  tag(doc: PipelineDoc): Mention[] {
    const out: Mention[] = [];
    const t = doc.tokens;
    for (let i = 0; i < t.length; i++) {
      if (!/^\p{Lu}/u.test(t[i].text)) continue;
      let j = i + 1;
      while (j < t.length && t[j].sentence === t[i].sentence && /^\p{Lu}/u.test(t[j].text)) j++;
      out.push({ start: t[i].start, end: t[j - 1].end, text: doc.text.slice(t[i].start, t[j - 1].end), tokenStart: i, tokenEnd: j, label: 'PER', source: 'tagger' });
      i = j - 1;
    }
    return out;
  },
};
