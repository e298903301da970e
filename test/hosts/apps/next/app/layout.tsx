import type { ReactNode } from 'react';
import 'connections-widget/styles.css';

export const metadata = { title: 'Admin (Next.js host)' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
