import { useState } from 'react';

/**
 * A button whose click changes one attribute through React state: the least a click can make
 * React do. Its click → next frame is this machine's floor for the table's sort.
 */
export function IdleButton() {
  const [pressed, setPressed] = useState(false);
  return (
    <button type="button" aria-pressed={pressed} onClick={() => setPressed((value) => !value)}>
      Nothing to do
    </button>
  );
}
