// Shown on the "Docs/Theming tokens" page (the region below), so the snippet there is this file,
// type-checked and linted with the rest of the repository.
import type { ReactNode } from 'react';
import { SmartcarErrorProvider, type SmartcarErrorTheme } from 'smartcar-error-kit';

// #region fleet-theme
const fleetTheme = {
  accent: '#1d4ed8',
  radius: '2px',
  fontSize: '13px',
  critical: { background: '#fef2f2', border: '#b91c1c', text: '#7f1d1d', icon: '#b91c1c' },
} satisfies SmartcarErrorTheme;

export function FleetApp({ children }: { children: ReactNode }) {
  return (
    <SmartcarErrorProvider appName="Fleet" theme={fleetTheme} colorScheme="system">
      {children}
    </SmartcarErrorProvider>
  );
}
// #endregion
