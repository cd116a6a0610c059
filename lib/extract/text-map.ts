// Maps offsets in the extracted plain text back to (Text node, offset) pairs and turns [start, end) into DOM Ranges.

/** A run of plain text copied one-to-one from one Text node. Newlines between blocks belong to no run. */
export interface TextRun {
  textStart: number;
  length: number;
  node: Text;
  nodeStart: number;
}

export class TextMap {
  readonly runs: TextRun[] = [];
  /** Runs by node, built on the first hit test. */
  private byNode: Map<Text, TextRun[]> | undefined;

  /** Records that `length` characters at `textStart` came from `node` at `nodeStart`, merging with the previous run when contiguous. */
  add(textStart: number, length: number, node: Text, nodeStart: number): void {
    const last = this.runs[this.runs.length - 1];
    if (last && last.node === node && last.textStart + last.length === textStart && last.nodeStart + last.length === nodeStart) {
      last.length += length;
      return;
    }
    this.byNode = undefined;
    this.runs.push({ textStart, length, node, nodeStart });
  }

  /** Index of the last run starting at or before `offset` (binary search), or -1. */
  private runAtOrBefore(offset: number): number {
    let lo = 0;
    let hi = this.runs.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.runs[mid].textStart <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** The DOM position of a text offset: inside a run, or at the start of the next run when the offset falls on a synthetic newline. */
  private startPoint(offset: number): { node: Text; offset: number } | null {
    let i = this.runAtOrBefore(offset);
    if (i >= 0 && offset >= this.runs[i].textStart + this.runs[i].length) i += 1;
    if (i < 0) i = 0;
    const run = this.runs[i];
    if (!run) return null;
    return { node: run.node, offset: run.nodeStart + Math.max(0, offset - run.textStart) };
  }

  /** The DOM position just after the character at `offset - 1`. */
  private endPoint(offset: number): { node: Text; offset: number } | null {
    const i = this.runAtOrBefore(offset - 1);
    const run = this.runs[i];
    if (!run) return null;
    return { node: run.node, offset: run.nodeStart + Math.min(run.length, offset - run.textStart) };
  }

  /** A live Range over text [start, end), or null when the offsets are outside the map or its nodes changed since. */
  toRange(start: number, end: number, doc: Document): Range | null {
    if (!(start < end)) return null;
    const a = this.startPoint(start);
    const b = this.endPoint(end);
    if (!a || !b) return null;
    if (!a.node.isConnected || !b.node.isConnected || a.offset > a.node.length || b.offset > b.node.length) return null;
    const range = doc.createRange();
    try {
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
    } catch {
      return null;
    }
    return range.collapsed ? null : range;
  }

  /** The text offset of a DOM point (for hit testing), or -1 when the point is not in mapped text. */
  offsetOf(node: Node, nodeOffset: number): number {
    if (!this.byNode) {
      this.byNode = new Map();
      for (const run of this.runs) {
        const list = this.byNode.get(run.node);
        if (list) list.push(run);
        else this.byNode.set(run.node, [run]);
      }
    }
    for (const run of this.byNode.get(node as Text) ?? []) {
      if (run.node === node && nodeOffset >= run.nodeStart && nodeOffset <= run.nodeStart + run.length) return run.textStart + (nodeOffset - run.nodeStart);
    }
    return -1;
  }
}
