// Runs one long export or import at a time and exposes its progress and outcome to the UI.
import { useCallback, useState } from 'react';
import type { OnProgress } from '@/lib/export/progress';

export type TaskState =
  | { phase: 'idle' }
  | { phase: 'running'; label: string; done: number; total: number }
  | { phase: 'done'; message: string }
  | { phase: 'failed'; message: string };

export function useTask() {
  const [state, setState] = useState<TaskState>({ phase: 'idle' });
  const run = useCallback(async (label: string, work: (onProgress: OnProgress) => Promise<string>) => {
    setState({ phase: 'running', label, done: 0, total: 0 });
    try {
      const message = await work((done, total) => setState({ phase: 'running', label, done, total }));
      setState({ phase: 'done', message });
    } catch (e) {
      setState({ phase: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  }, []);
  return { state, run, busy: state.phase === 'running', fail: (message: string) => setState({ phase: 'failed', message }) };
}
