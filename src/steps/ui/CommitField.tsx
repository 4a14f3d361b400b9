/** A labelled CommitText in a steps-pane form field: the visible label names the field by htmlFor. */
import { CommitText, type CommitTextProps } from '../../ui/CommitText';

export function CommitField(props: Omit<CommitTextProps, 'ariaOnly'>) {
  return (
    <div className="st-field">
      <label htmlFor={props.id}>{props.label}</label>
      <CommitText {...props} />
    </div>
  );
}
