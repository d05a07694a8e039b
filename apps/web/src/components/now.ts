import { useState } from 'react';

/** A window starting now, fixed for the page's life so its query's variables stay the same. */
export function useWindowFromNow(days: number): { from: string; to: string } {
  const [window] = useState(() => {
    const from = new Date();
    from.setSeconds(0, 0);
    const to = new Date(from.getTime() + days * 86400_000);
    return { from: from.toISOString(), to: to.toISOString() };
  });
  return window;
}
