import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { DemoApp } from './DemoApp';
// As a host imports connections-widget/styles.css: the package's JavaScript never loads it.
import '../src/styles/index.css';
import './demo.css';

const container = document.getElementById('root');
if (!container) throw new Error('demo/index.html has no #root element to render into.');

createRoot(container).render(
  <StrictMode>
    <BrowserRouter>
      <DemoApp />
    </BrowserRouter>
  </StrictMode>,
);
