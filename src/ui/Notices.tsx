/** The errors area (role="alert") and the quieter confirmations (role="status"). */
import { common } from '../i18n/common';
import type { Notice } from './notices';
import { useNotices, useWorkspace } from './workspace';

function NoticeItem({ notice }: { notice: Notice }) {
  const { notices: store } = useWorkspace();
  const dismiss = () => store.getState().dismiss(notice.id);
  return (
    <div className="notice">
      <p>{notice.text}</p>
      {notice.action && (
        <button
          type="button"
          onClick={() => {
            notice.action?.run();
            dismiss();
          }}
        >
          {notice.action.label}
        </button>
      )}
      {!notice.persistent && (
        <button type="button" className="icon-button" aria-label={common.notices.dismiss} onClick={dismiss}>
          ×
        </button>
      )}
    </div>
  );
}

export function Notices() {
  const notices = useNotices((s) => s.notices);
  const errors = notices.filter((n) => n.kind === 'error');
  const infos = notices.filter((n) => n.kind === 'info');
  return (
    <section className="notices" aria-label={common.notices.region}>
      {errors.length > 0 && (
        <div role="alert" className="notice-list notice-error">
          {errors.map((n) => (
            <NoticeItem key={n.id} notice={n} />
          ))}
        </div>
      )}
      {/* Always present: a live region must exist before its text changes to be announced. */}
      <div role="status" className="notice-list notice-info">
        {infos.map((n) => (
          <NoticeItem key={n.id} notice={n} />
        ))}
      </div>
    </section>
  );
}
