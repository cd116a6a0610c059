// Vite plugin: `import bytes from './x.bin?bytes'` inlines a binary file as a Uint8Array, so model weights ship inside the bundle (no fetch at run time).
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

export function binaryAsBytes(): Plugin {
  return {
    name: 'fact-annotator:binary-as-bytes',
    enforce: 'pre',
    load(id) {
      if (!id.endsWith('?bytes')) return null;
      const file = id.slice(0, -'?bytes'.length);
      const b64 = readFileSync(file).toString('base64');
      // atob + charCodeAt is fast enough for a few MB and works in workers and Node 20 alike.
      return `const s = atob(${JSON.stringify(b64)}); const a = new Uint8Array(s.length); for (let i = 0; i < s.length; i++) a[i] = s.charCodeAt(i); export default a;`;
    },
  };
}
