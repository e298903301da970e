// A server component: the widget comes in through the client boundary below. Every path
// under /admin/connections renders it (the widget's own router takes over in the browser),
// Stripe's return to /admin/connections/callback included.
import { Connections } from './Connections';

export default function ConnectionsRoute() {
  return (
    <main>
      <h1>Manage Data</h1>
      <Connections />
    </main>
  );
}
