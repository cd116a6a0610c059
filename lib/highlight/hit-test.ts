// Which painted span lies under a screen point: caret position to text offset, confirmed against the range's boxes.
import type { HighlightPainter, PaintedSpan } from './painter';

export interface OffsetSource {
  offsetOf(node: Node, nodeOffset: number): number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The text position under a point, with whichever of the two caret APIs the browser has. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}

/**
 * The span under (x, y), actors before claims. A caret snaps to the nearest character even in empty margins,
 * so the candidate's own line boxes must contain the point too.
 */
export function paintedAt(painter: HighlightPainter, map: OffsetSource, doc: Document, x: number, y: number): PaintedSpan | null {
  if (painter.spans.length === 0) return null;
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  const offset = map.offsetOf(caret.node, caret.offset);
  if (offset < 0) return null;
  // The caret may sit just after the hovered character, so the character before it is a candidate too.
  const candidates = [...painter.spansAtOffset(offset), ...(offset > 0 ? painter.spansAtOffset(offset - 1) : [])];
  return candidates.find((p) => rangeContainsPoint(p.range, x, y)) ?? null;
}
