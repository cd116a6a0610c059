// Progress bar and outcome line of an export or import.
import type { TaskState } from './useTask';

export function TaskProgress({ state }: { state: TaskState }) {
  if (state.phase === 'idle') return null;
  if (state.phase === 'running') {
    return (
      <div className="task" role="status">
        <label htmlFor="task-progress">{state.label}…</label>
        <progress id="task-progress" max={state.total || 1} value={state.done} />
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
