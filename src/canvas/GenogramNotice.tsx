/**
 * What the genogram does not show and why: how many people stand only on the netwerkkaart
 * (friends, neighbours, professionals without a family relation), and a layout that failed.
 * A failed layout keeps the last good positions on screen, so the user must be told that the
 * picture is out of date rather than find it in the console.
 */
import { canvasText } from '../i18n/canvas';

export interface GenogramNoticeProps {
  outside: number;
  error: string | null;
}

export function GenogramNotice({ outside, error }: GenogramNoticeProps) {
  if (outside === 0 && !error) return null;
  return (
    <div className="nk-map-note">
      {error && (
        <p role="alert" className="nk-map-note__error">
          {canvasText.genogramLayoutFailed(error)}
        </p>
      )}
      {outside > 0 && <p className="nk-map-note__outside">{canvasText.genogramOutside(outside)}</p>}
    </div>
  );
}
