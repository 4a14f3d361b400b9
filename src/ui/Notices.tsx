/** The errors area (role="alert") and the quieter confirmations (role="status"). */
import { common } from '../i18n/common';
import { useNotices, useWorkspace } from './workspace';

export function Notices() {
  const notices = useNotices((s) => s.notices);
  const { notices: store } = useWorkspace();
  const errors = notices.filter((n) => n.kind === 'error');
  const infos = notices.filter((n) => n.kind === 'info');
  return (
    <section className="notices" aria-label={common.notices.region}>
      {errors.length > 0 && (
        <div role="alert" className="notice-list notice-error">
          {errors.map((n) => (
            <div key={n.id} className="notice">
              <p>{n.text}</p>
              <button type="button" className="icon-button" aria-label={common.notices.dismiss} onClick={() => store.getState().dismiss(n.id)}>
                ×
              </button>
            </div>
          ))}
        </div>
      )}
      {/* Always present: a live region must exist before its text changes to be announced. */}
      <div role="status" className="notice-list notice-info">
        {infos.map((n) => (
          <div key={n.id} className="notice">
            <p>{n.text}</p>
            {n.action && (
              <button
                type="button"
                onClick={() => {
                  n.action?.run();
                  store.getState().dismiss(n.id);
                }}
              >
                {n.action.label}
              </button>
            )}
            <button type="button" className="icon-button" aria-label={common.notices.dismiss} onClick={() => store.getState().dismiss(n.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </section>
  );
}
