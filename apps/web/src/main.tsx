// Fonts ship with the app (Decision 10: nothing from the internet). Vazirmatn covers Persian,
// Arabic and Latin; Noto Sans SC is sliced by unicode-range, so only the slices a page
// uses are downloaded. Only its regular weight ships: bold Chinese is synthesised, which
// halves the font CSS (~30 KB gzip) and the files (3.7 MB).
import '@fontsource/vazirmatn/400.css';
import '@fontsource/vazirmatn/700.css';
import '@fontsource/noto-sans-sc/400.css';
import '@mantine/core/styles.layer.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/providers.tsx';
import { applyDocumentLocale, readDocumentLocale } from './shared/i18n/locale.tsx';
import { loadMessages } from './shared/i18n/messages.ts';

const locale = readDocumentLocale();
applyDocumentLocale(locale);

void loadMessages(locale).then((messages) => {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root');
  createRoot(container).render(
    <StrictMode>
      <App locale={locale} messages={messages} />
    </StrictMode>,
  );
});
