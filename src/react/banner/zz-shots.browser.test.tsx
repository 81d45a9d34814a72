import { render } from '@testing-library/react';
import { page } from 'vitest/browser';
import { ErrorBanner, SupportContactCard } from 'smartcar-error-kit';
import '../../theme/styles.css';
import {
  infoDisplay,
  openUrlDisplay,
  reconnectDisplay,
  retryDisplay,
  supportDisplay,
  networkDisplay,
} from '../../../test/fixtures/componentDisplays';

const SUPPORT = { email: 'help@example.com', url: 'https://example.com/help', phone: '+1 555 0100', hours: 'Mon–Fri, 9:00–17:00 CET' };

for (const scheme of ['light', 'dark'] as const) {
  for (const dir of ['ltr', 'rtl'] as const) {
    it(`shot ${scheme} ${dir}`, async () => {
      await page.viewport(900, 1400);
      document.body.style.margin = '0';
      document.body.style.background = scheme === 'dark' ? '#0d1117' : '#f6f8fa';
      render(
        <div dir={dir} lang="en" style={{ padding: 16, display: 'grid', gap: 12, maxWidth: 760 }}>
          <ErrorBanner error={reconnectDisplay} colorScheme={scheme} onDismiss={() => {}} />
          <ErrorBanner error={retryDisplay(Date.now() + 60_000, 60)} colorScheme={scheme} onDismiss={() => {}} />
          <ErrorBanner error={openUrlDisplay} colorScheme={scheme} />
          <ErrorBanner error={infoDisplay} colorScheme={scheme} onDismiss={() => {}} />
          <ErrorBanner error={supportDisplay} colorScheme={scheme} support={SUPPORT} onDismiss={() => {}} />
          <SupportContactCard error={networkDisplay} colorScheme={scheme} support={SUPPORT} occurredAt={Date.UTC(2026, 10, 28, 10, 32, 5)} showDeveloperDetails />
        </div>,
      );
      await new Promise((r) => setTimeout(r, 300));
      await page.screenshot({ path: `../../../node_modules/.cache/sek-shots/banner-${scheme}-${dir}.png` });
    });
  }
}
