// The panel's designed empty, loading and error states: one look, announced to screen readers.
import type { ReactNode } from 'react';

export function StatusMessage({ kind, title, children }: { kind: 'empty' | 'loading' | 'error'; title: string; children?: ReactNode }) {
  return (
    <div className={`status status-${kind}`} role={kind === 'error' ? 'alert' : 'status'} aria-busy={kind === 'loading' || undefined}>
      {kind === 'loading' && <span className="spinner" aria-hidden="true" />}
      <p className="status-title">{title}</p>
      {children && <div className="status-detail">{children}</div>}
    </div>
  );
}
