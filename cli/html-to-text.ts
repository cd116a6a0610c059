// Turns an HTML file into the same article text the content script would send, using happy-dom as the DOM.
import { Window } from 'happy-dom';
import { extractText } from '../lib/extract';

export function htmlToText(html: string): string {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  try {
    window.document.write(html);
    return extractText(window.document as unknown as Document).text;
  } finally {
    void window.happyDOM.close();
  }
}
