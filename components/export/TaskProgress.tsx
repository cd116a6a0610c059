// Progress bar and outcome line of an export or import.
import type { TaskState } from './useTask';

export function TaskProgress({ state }: { state: TaskState }) {
  if (state.phase === 'idle') return null;
  if (state.phase === 'running') {
    return (
      <div className="task" role="status">
        <label htmlFor="task-progress">{state.label}…</label>
        {/* Without a total yet (reading or checking a file) the bar is indeterminate rather than stuck at zero. */}
        {state.total ? <progress id="task-progress" max={state.total} value={state.done} /> : <progress id="task-progress" />}
        <span className="meta">{state.total ? `${state.done.toLocaleString()} / ${state.total.toLocaleString()}` : ''}</span>
      </div>
    );
  }
  return (
    <p className={`task-outcome ${state.phase}`} role={state.phase === 'failed' ? 'alert' : 'status'} data-testid="task-outcome">
      {state.message}
    </p>
  );
}
