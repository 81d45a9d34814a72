// #region styles
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'smartcar-error-kit/styles.css';
import './app.css';
import { App } from './App';
// #endregion styles
import { version } from 'react';

// Which React the build bundled: the e2e tests check the React 18 variant really runs React 18.
document.documentElement.dataset['react'] = version;

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
