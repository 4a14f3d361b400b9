import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MapPane } from './canvas/MapPane';
import { SnapshotsButton } from './ui/snapshots/SnapshotsButton';
import { StepsPane } from './steps/StepsPane';
import { FamilyQuestion } from './steps/FamilyQuestion';
import { computeOverlays } from './steps/overlays';
import { warmUpElk } from './layout/elk';
import { App } from './ui/App';
import { boot } from './ui/boot';
import { rescueLostClicks } from './ui/lostClicks';
import { common } from './i18n/common';
import { LockScreen } from './ui/security/LockScreen';
import { LockGate } from './ui/security/LockGate';
import { registerServiceWorker } from './ui/offline/serviceWorker';
import { announceUpdates } from './ui/offline/announceUpdate';
import './ui/app.css';

const rootElement = document.getElementById('root');
if (rootElement) {
  rescueLostClicks(window);
  // Before the start, so that even a first visit that fails to start caches the app.
  const updates = registerServiceWorker();
  const root = createRoot(rootElement);
  root.render(<p className="boot-message">{common.loading}</p>);
  boot({
    target: window,
    // A passphrase is set: nothing is read until it is given.
    unlock: (attempt, wipe) =>
      new Promise<void>((resolve) => {
        root.render(
          <LockScreen
            reason="start"
            onUnlock={async (passphrase) => {
              const result = await attempt(passphrase);
              if (result === 'ok') resolve();
              if (result === 'gone') window.location.reload();
              return result;
            }}
            onWipe={async () => {
              await wipe();
              window.location.reload();
            }}
          />,
        );
      }),
  })
    .then((workspace) => {
      announceUpdates(workspace, updates);
      root.render(
        <StrictMode>
          <LockGate workspace={workspace}>
            <App workspace={workspace} mapPane={<MapPane overlaysOf={computeOverlays} tabsEnd={<SnapshotsButton />} />} stepsPane={<StepsPane />} familyQuestion={<FamilyQuestion />} />
          </LockGate>
        </StrictMode>,
      );
      // Starting ELK's worker now hides its start-up cost from the first genogram layout.
      warmUpElk().catch((cause: unknown) => console.error(cause));
    })
    .catch((cause: unknown) => {
      console.error(cause);
      root.render(
        <p role="alert" className="boot-message">
          {common.bootFailed}
        </p>,
      );
    });
}
