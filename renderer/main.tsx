import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { applyTheme } from './app/useTheme';
import { exposeFlushAllSaves } from './features/merge/pendingSaves';
import './app/theme.css';

// Follow the OS theme before the first paint; the stored choice replaces it once settings are read.
applyTheme('system');
// Electron's main process flushes pending draft saves through it before the window closes.
exposeFlushAllSaves();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element to mount Copydesk into.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
