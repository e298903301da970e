import Link from 'next/link';

export default function Home() {
  return (
    <main>
      <h1>Admin home</h1>
      <Link href="/admin/connections">Connections</Link>
    </main>
  );
}
