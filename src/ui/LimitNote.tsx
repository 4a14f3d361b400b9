/**
 * "Maximaal 200 tekens", shown under a text field once its text reaches the schema's limit. The
 * field's maxLength stops typing there and cuts a paste short; without this note that would be
 * silent, and the professional would not know why the rest of a pasted note is missing.
 */
import { common } from '../i18n/common';

export function LimitNote({ id, length, max }: { id?: string; length: number; max: number }) {
  if (length < max) return null;
  return (
    <p id={id} className="field-limit" role="status">
      {common.maxChars(max)}
    </p>
  );
}
