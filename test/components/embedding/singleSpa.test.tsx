import { act, screen, waitFor, within } from '@testing-library/react';
import { mountRootParcel, type LifeCycles } from 'single-spa';
import * as readyMade from '../../../src/singleSpa/index';
import { singleSpaConnectionsWidget } from '../../../src/singleSpa/singleSpaConnectionsWidget';
import { createMemoryConnectionsApi } from '../../../src/testing/createMemoryConnectionsApi';
import { setUpHostElement } from './support/hostElement';

const hostElement = setUpHostElement();

/** Runs a lifecycle (called inside act: its renders start at once) and lets React finish what it started. */
async function settle(lifecycle: () => Promise<unknown>): Promise<void> {
  await act(async () => {
    await lifecycle();
  });
}

describe('connections-widget/single-spa', () => {
  it('has the lifecycles single-spa calls, each answering a Promise', async () => {
    // Typed as single-spa's own LifeCycles: the compiler checks that single-spa takes them.
    const lifecycles: LifeCycles = readyMade;
    expect(Object.keys(lifecycles)).toEqual(expect.arrayContaining(['bootstrap', 'mount', 'update', 'unmount']));
    const bootstrapped = readyMade.bootstrap({ name: 'connections' });
    expect(bootstrapped).toBeInstanceOf(Promise);
    await bootstrapped;
  });

  it('as a parcel: single-spa mounts it into its domElement, updates its props and unmounts it, leaving the element empty', async () => {
    const domElement = hostElement();
    const parcel = mountRootParcel(readyMade, {
      domElement,
      api: createMemoryConnectionsApi(),
      role: 'admin',
      routing: 'memory',
    });
    await settle(() => parcel.mountPromise);
    expect(await within(domElement).findByRole('rowheader', { name: 'MySQL' })).toBeInTheDocument();

    await settle(() => parcel.update!({ locale: 'pt-BR', theme: 'dark' }));
    expect(await within(domElement).findByRole('table', { name: 'Fontes de dados' })).toBeInTheDocument();
    expect(domElement.querySelector('.cw-root')).toHaveAttribute('data-theme', 'dark');

    await settle(() => parcel.unmount());
    expect(parcel.getStatus()).toBe('NOT_MOUNTED');
    expect(domElement).toBeEmptyDOMElement();
  });

  it('as an application: renders into its own element at the end of the body and takes it away at unmount', async () => {
    const bodyBefore = document.body.innerHTML;
    const props = {
      name: 'connections',
      api: createMemoryConnectionsApi(),
      role: 'admin' as const,
      routing: 'memory' as const,
    };
    await settle(() => readyMade.mount(props));

    const element = document.getElementById('single-spa-application:connections');
    expect(element).toBe(document.body.lastElementChild);
    expect(await within(element!).findByRole('rowheader', { name: 'MySQL' })).toBeInTheDocument();

    await settle(() => readyMade.unmount(props));
    expect(document.getElementById('single-spa-application:connections')).toBeNull();
    expect(document.body.innerHTML).toBe(bodyBefore);
  });

  it('renders into an application element the page already has, and leaves that element in place', async () => {
    const element = hostElement();
    element.id = 'single-spa-application:connections';
    const props = {
      name: 'connections',
      api: createMemoryConnectionsApi(),
      role: 'admin' as const,
      routing: 'memory' as const,
    };
    await settle(() => readyMade.mount(props));
    expect(await within(element).findByRole('rowheader', { name: 'MySQL' })).toBeInTheDocument();

    await settle(() => readyMade.unmount(props));
    expect(element).toBeEmptyDOMElement();
    expect(element.isConnected).toBe(true);
  });

  it('takes its options as defaults, custom props over them, and the element from domElementGetter', async () => {
    const element = hostElement();
    const lifecycles = singleSpaConnectionsWidget({
      api: createMemoryConnectionsApi(),
      role: 'read-only',
      locale: 'pt-BR',
      routing: 'memory',
      domElementGetter: () => element,
    });
    await settle(() => lifecycles.mount({ name: 'connections', role: 'admin', singleSpa: {}, mountParcel: () => {} }));

    expect(await within(element).findByRole('table', { name: 'Fontes de dados' })).toBeInTheDocument();
    await settle(() => lifecycles.unmount({ name: 'connections' }));
  });

  it('serves several applications at once, told apart by name', async () => {
    const [first, second] = [hostElement(), document.body.appendChild(document.createElement('div'))];
    const lifecycles = singleSpaConnectionsWidget({
      api: createMemoryConnectionsApi(),
      role: 'admin',
      routing: 'memory',
    });
    await settle(() => lifecycles.mount({ name: 'first', domElement: first }));
    await settle(() => lifecycles.mount({ name: 'second', domElement: second, locale: 'pt-BR' }));
    await within(second).findByRole('table', { name: 'Fontes de dados' });

    await settle(() => lifecycles.unmount({ name: 'second' }));
    expect(second).toBeEmptyDOMElement();
    expect(await within(first).findByRole('table', { name: 'Data Sources' })).toBeInTheDocument();
    await settle(() => lifecycles.unmount({ name: 'first' }));
    second.remove();
  });

  it('gives a root config that left out the role the least privileged one', async () => {
    const domElement = hostElement();
    await settle(() =>
      readyMade.mount({ name: 'no-role', domElement, api: createMemoryConnectionsApi(), routing: 'memory' }),
    );
    expect(await within(domElement).findByText('Requires Administrator permissions')).toBeInTheDocument();
    await settle(() => readyMade.unmount({ name: 'no-role' }));
  });

  it('reads only its own props: options on a polluted Object.prototype do not reach the widget', async () => {
    const domElement = hostElement();
    const elsewhere = hostElement();
    const polluted = {
      api: createMemoryConnectionsApi(),
      locale: 'pt-BR',
      domElement: elsewhere,
      domElementGetter: () => elsewhere,
      name: 'polluted',
    };
    // Not enumerable, so that React's own `for…in` over props stays as it was; `in` sees it all the same.
    for (const [key, value] of Object.entries(polluted)) {
      Object.defineProperty(Object.prototype, key, { value, configurable: true, writable: true });
    }
    try {
      await expect(readyMade.mount({ name: 'bare', domElement, role: 'admin' })).rejects.toThrow('has no `api`');

      const lifecycles = singleSpaConnectionsWidget({ api: createMemoryConnectionsApi(), routing: 'memory' });
      await settle(() => lifecycles.mount({ name: 'own-only', role: 'admin' }));
      const element = document.getElementById('single-spa-application:own-only')!;
      expect(await within(element).findByRole('table', { name: 'Data Sources' })).toBeInTheDocument();
      expect(elsewhere).toBeEmptyDOMElement();
      await settle(() => lifecycles.update({ name: 'own-only' }));
      expect(within(element).getByRole('table', { name: 'Data Sources' })).toBeInTheDocument();
      await settle(() => lifecycles.unmount({ name: 'own-only' }));

      await settle(() => lifecycles.mount({ domElement }));
      expect(await within(domElement).findByText('Requires Administrator permissions')).toBeInTheDocument();
      expect(document.getElementById('single-spa-application:polluted')).toBeNull();
      await settle(() => lifecycles.unmount({}));
      expect(domElement).toBeEmptyDOMElement();
    } finally {
      for (const key of Object.keys(polluted)) delete (Object.prototype as Record<string, unknown>)[key];
    }
  });

  it('refuses to mount without an api, to mount a name twice and to update one not mounted, saying why', async () => {
    const domElement = hostElement();
    await expect(readyMade.mount({ name: 'bare', domElement, role: 'admin' })).rejects.toThrow(
      'connections-widget/single-spa: "bare" has no `api`.',
    );
    expect(domElement).toBeEmptyDOMElement();
    expect(document.getElementById('single-spa-application:bare')).toBeNull();

    const props = {
      name: 'twice',
      domElement,
      api: createMemoryConnectionsApi(),
      role: 'admin' as const,
      routing: 'memory' as const,
    };
    await settle(() => readyMade.mount(props));
    await expect(readyMade.mount(props)).rejects.toThrow('"twice" is mounted already');
    await settle(() => readyMade.unmount(props));
    await expect(readyMade.update(props)).rejects.toThrow('"twice" is not mounted, so it cannot be updated');
    // Unmounting what is not mounted is single-spa retrying: nothing to do.
    await expect(readyMade.unmount(props)).resolves.toBeUndefined();
    await waitFor(() => expect(screen.queryByRole('table')).not.toBeInTheDocument());
  });
});
