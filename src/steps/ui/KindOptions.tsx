/** The options of a support-kind select: the four letters with their word ("Advies (A)"). */
import { kindOptions } from './kinds';

export function KindOptions() {
  return (
    <>
      {kindOptions.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </>
  );
}
