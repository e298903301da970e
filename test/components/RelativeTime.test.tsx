import { screen } from '@testing-library/react';
import { RelativeTime } from '../../src/ui/RelativeTime';
import { renderWithConnections } from '../support/renderWithConnections';

const now = new Date('2026-11-26T05:00:00.000Z');

describe('RelativeTime', () => {
  it('says how long ago, with the exact time machine-readable and on hover', () => {
    renderWithConnections(<RelativeTime value="2026-11-26T03:00:00.000Z" now={now} />);

    const time = screen.getByText('2 hours ago');
    expect(time).toHaveAttribute('datetime', '2026-11-26T03:00:00.000Z');
    expect(time).toHaveAttribute('title', expect.stringContaining('2026'));
  });

  it('shows a value that is no date as it came, instead of throwing', () => {
    renderWithConnections(<RelativeTime value="not a date" now={now} />);

    const text = screen.getByText('not a date');
    expect(text.tagName).not.toBe('TIME');
    expect(text).not.toHaveAttribute('title');
  });
});
