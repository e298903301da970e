import { screen, waitFor } from '@testing-library/react';
import { ConnectionSuccessBanner } from '../../src/components/ConnectionSuccessBanner/ConnectionSuccessBanner';
import { expectNoAxeViolations } from '../support/axe';
import { renderWithConnections } from '../support/renderWithConnections';

describe('ConnectionSuccessBanner', () => {
  it('announces the new data source', async () => {
    const { container } = renderWithConnections(
      <ConnectionSuccessBanner dataSourceName="Stripe" onDismiss={() => {}} />,
    );

    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Connection successful!');
    expect(status).toHaveTextContent('Stripe was added to your data sources.');
    await expectNoAxeViolations(container);
  });

  it('says a source was re-authorized rather than added', () => {
    renderWithConnections(<ConnectionSuccessBanner dataSourceName="Stripe" reauthorized onDismiss={() => {}} />);
    expect(screen.getByRole('status')).toHaveTextContent('Stripe was re-authorized.');
  });

  it('shows only the title without a name', () => {
    renderWithConnections(<ConnectionSuccessBanner onDismiss={() => {}} />);
    expect(screen.getByRole('status')).toHaveTextContent(/^Connection successful!$/);
  });

  it.each(['standard', 'read-only'] as const)('shows a %s user the administrator notice instead', (role) => {
    renderWithConnections(<ConnectionSuccessBanner dataSourceName="Stripe" onDismiss={() => {}} />, { role });

    expect(screen.getByText('Requires Administrator permissions')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.queryByText('Connection successful!')).not.toBeInTheDocument();
  });

  it('is dismissed with its button, by keyboard too', async () => {
    const onDismiss = vi.fn();
    const { user } = renderWithConnections(<ConnectionSuccessBanner dataSourceName="Stripe" onDismiss={onDismiss} />);

    await user.tab();
    expect(screen.getByRole('button', { name: 'Dismiss' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('shows a hostile name as text', () => {
    const name = '<img src=x onerror=alert(1)>\u202Eevil';
    const { container } = renderWithConnections(<ConnectionSuccessBanner dataSourceName={name} onDismiss={() => {}} />);

    expect(screen.getByRole('status')).toHaveTextContent(`${name} was added to your data sources.`);
    expect(container.querySelector('img')).toBeNull();
  });

  it('speaks Brazilian Portuguese', async () => {
    renderWithConnections(<ConnectionSuccessBanner dataSourceName="Stripe" onDismiss={() => {}} />, {
      locale: 'pt-BR',
    });

    // The live region is there first and its text arrives after mount (so that it is announced).
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Conexão bem-sucedida!'));
    expect(screen.getByRole('button', { name: 'Dispensar' })).toBeInTheDocument();
  });

  it('has no violations in the dark theme', async () => {
    const { container } = renderWithConnections(
      <ConnectionSuccessBanner dataSourceName="Stripe" onDismiss={() => {}} />,
      {
        theme: 'dark',
      },
    );
    await expectNoAxeViolations(container);
  });
});
