// Popup entry: mounts the React root.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/common/panel.css';
import '@/components/popup/popup.css';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
