import { createHttpConnectionsApi, defaultAuthorizationHosts } from 'connections-widget';
import 'connections-widget/styles.css';
import { mountRootParcel, navigateToUrl, registerApplication, start, type Parcel } from 'single-spa';

const api = createHttpConnectionsApi({ baseUrl: '/api/v1' });
const authorizationHosts = [...defaultAuthorizationHosts, import.meta.env.STAND_IN_HOST];

// The widget as an application: single-spa mounts it on /admin/connections and unmounts it elsewhere.
registerApplication({
  name: 'connections',
  app: () => import('connections-widget/single-spa'),
  activeWhen: '/admin/connections',
  customProps: { api, role: 'admin', basename: '/admin/connections', authorizationHosts },
});

// The same lifecycles as a parcel, which single-spa also updates: the test drives it from here.
let parcel: Parcel | undefined;
Object.assign(window, {
  panel: {
    async mount() {
      const domElement = document.getElementById('panel');
      if (!domElement) throw new Error('no #panel');
      parcel = mountRootParcel(() => import('connections-widget/single-spa'), {
        domElement,
        api,
        role: 'admin',
        routing: 'memory',
      });
      await parcel.mountPromise;
    },
    update: (props: Record<string, unknown>) => parcel?.update?.(props),
    unmount: () => parcel?.unmount(),
  },
});

for (const link of document.querySelectorAll('nav a')) link.addEventListener('click', navigateToUrl);

start();
