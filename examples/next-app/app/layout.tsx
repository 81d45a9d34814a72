import type { Metadata } from 'next';
import type { ReactNode } from 'react';
// The kit's stylesheet, once, in the root layout (a server component may import CSS).
import 'smartcar-error-kit/styles.css';
import './globals.css';
import { Providers } from './providers';
import { requestLocale } from './requestLocale';

export const metadata: Metadata = {
  title: 'VoltPark',
  description: 'smartcar-error-kit in a Next.js App Router app',
};

export default async function RootLayout({ children }: { readonly children: ReactNode }) {
  const locale = await requestLocale();
  return (
    <html lang={locale}>
      <body>
        <Providers locale={locale}>{children}</Providers>
      </body>
    </html>
  );
}
