/** A labelled CommitText in a form field: the visible label names the field by htmlFor. */
import type { ComponentProps } from 'react';
import { CommitText } from './CommitText';

type Props = Omit<ComponentProps<typeof CommitText>, 'id' | 'ariaOnly'> & { id: string };

export function CommitField(props: Props) {
  return (
    <div className="st-field">
      <label htmlFor={props.id}>{props.label}</label>
      <CommitText {...props} />
    </div>
  );
}
