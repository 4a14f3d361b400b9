import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MapPane } from './canvas/MapPane';
import { StepsPane } from './steps/StepsPane';
import { App } from './ui/App';
import { boot } from './ui/boot';
import { common } from './i18n/common';
import './ui/app.css';

// The layout helper's ELK module is optional at build time: glob() finds it if it exists,
// and warming it up early hides the worker's start-up cost from the first layout.
const elkModules = import.meta.glob<{ warmUpElk?: () => unknown }>('./layout/elk.ts');

function warmUpLayout() {
  for (const load of Object.values(elkModules)) {
    load()
      .then((m) => m.warmUpElk?.())
      .catch((cause: unknown) => console.error(cause));
  }
}

const rootElement = document.getElementById('root');
if (rootElement) {
  const root = createRoot(rootElement);
  root.render(<p className="boot-message">{common.loading}</p>);
  boot({ target: window })
    .then((workspace) => {
      root.render(
        <StrictMode>
          <App workspace={workspace} mapPane={<MapPane />} stepsPane={<StepsPane />} />
        </StrictMode>,
      );
      warmUpLayout();
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
