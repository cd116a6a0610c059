// Content script entry: reads the article text, asks the background to analyse it, paints the answer.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {},
});
