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
import './ui/app.css';

const rootElement = document.getElementById('root');
if (rootElement) {
  rescueLostClicks(window);
  const root = createRoot(rootElement);
  root.render(<p className="boot-message">{common.loading}</p>);
  boot({ target: window })
    .then((workspace) => {
      root.render(
        <StrictMode>
          <App workspace={workspace} mapPane={<MapPane overlaysOf={computeOverlays} tabsEnd={<SnapshotsButton />} />} stepsPane={<StepsPane />} familyQuestion={<FamilyQuestion />} />
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
