// Catches a failed database read or render so the panel shows what went wrong instead of going blank.
import { Component, type ReactNode } from 'react';
import { StatusMessage } from './StatusMessage';

export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <StatusMessage kind="error" title="Something went wrong reading your saved pages.">
        <p>{this.state.error.message}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </StatusMessage>
    );
  }
}
