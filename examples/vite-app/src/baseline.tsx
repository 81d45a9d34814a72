// The baseline for `npm run size:app`: the same app and its CSS, without the kit (see
// vite.baseline.config.ts, which points every `smartcar-error-kit` import at ./baseline/plainKit).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app.css';
import { App } from './App';

const root = document.getElementById('root');
if (root === null) throw new Error('baseline.html has no #root');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
