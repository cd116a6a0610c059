// Resolves once the page's DOM is parsed, so a script that starts at document_start can begin reading at once.

/**
 * DOMContentLoaded, or now when it has passed. The content script starts before parsing so that its settings
 * arrive while the page is still loading; reading the article has to wait for the whole DOM.
 */
export function domParsed(doc: Document = document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}
