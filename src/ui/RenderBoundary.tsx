/**
 * Keeps a render error inside the part of the screen where it happened: the map, a pane or a
 * dialog shows what failed and why, and everything around it (the cases menu, export, the
 * list editor) keeps working. It tries again by itself when `resetKey` changes (another case,
 * an undo), since the document is usually what made it fail.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { renderErrors } from '../i18n/errors';

const MAX_REASON = 200;

interface Props {
  /** The sentence that says what failed, given the reason. */
  message(reason: string): string;
  /** What still works (shown under the message). */
  hint?: string;
  resetKey?: unknown;
  /** Extra actions in the fallback (e.g. export). */
  actions?: ReactNode;
  children: ReactNode;
}

interface State {
  error: unknown;
  resetKey: unknown;
}

/** The error's own message, short and as plain text (it may quote user data). */
export function reasonOf(error: unknown): string {
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const text = raw.trim() || renderErrors.unknownReason;
  return text.length > MAX_REASON ? `${text.slice(0, MAX_REASON)}…` : text;
}

export class RenderBoundary extends Component<Props, State> {
  state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error(renderErrors.unknownReason) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    // A new case or another version of the document: draw it again.
    if (props.resetKey !== state.resetKey) return { resetKey: props.resetKey, error: null };
    return null;
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div role="alert" className="render-error">
        <p>{this.props.message(reasonOf(error))}</p>
        {this.props.hint && <p>{this.props.hint}</p>}
        <div className="render-error__actions">
          <button type="button" onClick={() => this.setState({ error: null })}>
            {renderErrors.retry}
          </button>
          {this.props.actions}
        </div>
      </div>
    );
  }
}
