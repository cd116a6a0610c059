// The hover card's own styles, scoped inside its shadow root so the page cannot restyle it nor it the page.
export const CARD_CSS = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; box-sizing: border-box; width: min(360px, calc(100vw - 16px)); max-height: min(420px, calc(100vh - 16px));
  overflow: auto; padding: 12px 14px; border-radius: 10px; font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: #1d1d1f; background: #fff; border: 1px solid rgba(0,0,0,.14); box-shadow: 0 8px 28px rgba(0,0,0,.18); }
.card[hidden] { display: none; }
.head { display: flex; align-items: baseline; gap: 8px; margin-bottom: 4px; }
.type { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; padding: 1px 6px; border-radius: 4px; background: rgba(0,0,0,.07); }
.type.person { background: rgba(255,190,40,.45); } .type.organization { background: rgba(60,150,255,.35); }
.type.country { background: rgba(70,200,110,.35); } .type.place { background: rgba(0,200,210,.3); } .type.claim { background: rgba(156,100,220,.3); }
.name { font-size: 15px; font-weight: 600; }
.aliases, .meta, .muted { color: #5f6368; font-size: 12px; }
h3 { font-size: 12px; margin: 10px 0 4px; text-transform: uppercase; letter-spacing: .04em; color: #5f6368; }
ul { list-style: none; margin: 0; padding: 0; }
li { padding: 6px 0; border-top: 1px solid rgba(0,0,0,.08); }
.quote { margin: 2px 0; }
.polarity { font-size: 11px; font-weight: 600; padding: 0 5px; border-radius: 4px; margin-right: 4px; }
.polarity.support { background: #d7f5dd; color: #0b5d1e; } .polarity.oppose { background: #fde0e0; color: #8a1c1c; } .polarity.neutral { background: #e8eaed; color: #3c4043; }
@media (prefers-color-scheme: dark) {
  .card { color: #e8eaed; background: #202124; border-color: rgba(255,255,255,.16); box-shadow: 0 8px 28px rgba(0,0,0,.6); }
  .type { background: rgba(255,255,255,.12); } .aliases, .meta, .muted, h3 { color: #9aa0a6; } li { border-top-color: rgba(255,255,255,.1); }
  .polarity.support { background: #0f3d1c; color: #a8e6b4; } .polarity.oppose { background: #4a1515; color: #f4b4b4; } .polarity.neutral { background: #3c4043; color: #e8eaed; }
}
`;
