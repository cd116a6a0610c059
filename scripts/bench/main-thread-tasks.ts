// Traces a page's main thread (Chrome's trace, through the DevTools protocol) and measures its tasks between two performance marks.
//
// Why a trace and not PerformanceObserver('longtask'): Chrome leaves tasks that run only a content script's code
// (an extension's isolated world) out of the page's long-task entries, so the observer cannot see the extension's
// own work. The trace sees every task, with its thread CPU time, which a busy machine stretches far less than
// wall-clock time.
import type { CDPSession, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
}

/** Events in which page or extension JavaScript runs. */
const SCRIPT = new Set(['EventDispatch', 'RunMicrotasks', 'FunctionCall', 'TimerFire', 'EvaluateScript', 'FireIdleCallback', 'FireAnimationFrame']);
/**
 * Style and layout work. Inside a script run it was forced by that script (e.g. getComputedStyle), but it is work
 * the browser must do before the page's next frame anyway, so it is counted apart from the script's own time.
 */
const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'ParseHTML']);

export interface MainThreadTask {
  /** Milliseconds from the first mark of the window to the task's start. */
  at: number;
  wallMs: number;
  cpuMs: number;
  /** Thread CPU time spent running JavaScript in the task, without the style and layout it forced. */
  scriptCpuMs: number;
}

const ms = (us: number | undefined) => (us ?? 0) / 1000;
const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);

/** Outermost events of `events` (sorted by start): those not inside an earlier one. */
function outermost(events: TraceEvent[]): TraceEvent[] {
  const out: TraceEvent[] = [];
  for (const e of events) if (!out.length || e.ts >= end(out[out.length - 1])) out.push(e);
  return out;
}

function tasksBetween(events: TraceEvent[], from: string, to: string): MainThreadTask[] {
  const marks = events.filter((e) => e.cat.includes('user_timing') && (e.name === from || e.name === to));
  const start = marks.filter((m) => m.name === from).at(-1);
  const stop = marks.filter((m) => m.name === to).at(-1);
  if (!start || !stop) throw new Error(`trace has no ${start ? to : from} mark`);
  const thread = events.filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X').sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks = outermost(thread.filter((e) => e.cat.includes('toplevel') && end(e) >= start.ts && e.ts <= stop.ts));
  return tasks.map((task) => {
    const inside = thread.filter((e) => e !== task && e.ts >= task.ts && end(e) <= end(task));
    const scripts = outermost(inside.filter((e) => SCRIPT.has(e.name)));
    let scriptCpu = 0;
    for (const s of scripts) {
      const forced = outermost(inside.filter((e) => RENDERING.has(e.name) && e.ts >= s.ts && end(e) <= end(s)));
      scriptCpu += ms(s.tdur ?? s.dur) - forced.reduce((sum, r) => sum + ms(r.tdur ?? r.dur), 0);
    }
    return { at: ms(task.ts - start.ts), wallMs: ms(task.dur), cpuMs: ms(task.tdur ?? task.dur), scriptCpuMs: Math.max(0, scriptCpu) };
  });
}

export interface MainThreadTrace {
  /** Ends the trace; its tasks can then be read for any two marks the page set while it ran. */
  stop(): Promise<{ between(from: string, to: string): MainThreadTask[] }>;
}

/** Starts tracing before the page navigates (the trace follows it into a new renderer process). */
export async function traceMainThread(page: Page): Promise<MainThreadTrace> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    for (const v of e.value) events.push(v as unknown as TraceEvent);
  });
  await cdp.send('Tracing.start', {
    categories: 'toplevel,blink.user_timing,devtools.timeline,disabled-by-default-devtools.timeline,v8.execute',
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach().catch(() => {});
      return { between: (from: string, to: string) => tasksBetween(events, from, to) };
    },
  };
}

/** The task with the most script CPU time, and the longest task by wall-clock time, of a list. */
export function longest(tasks: MainThreadTask[]): { script: MainThreadTask | null; wall: MainThreadTask | null } {
  const top = (key: keyof MainThreadTask) => tasks.reduce<MainThreadTask | null>((a, t) => (!a || t[key] > a[key] ? t : a), null);
  return { script: top('scriptCpuMs'), wall: top('wallMs') };
}
