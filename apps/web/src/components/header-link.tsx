import { Button } from '@mantine/core';
import { Link, useMatch } from 'react-router';

/** A header navigation link that shows, and tells assistive technology, which section is open. */
export function HeaderLink({ to, label }: { to: string; label: string }) {
  const current = useMatch({ path: to, end: to === '/' }) !== null;
  return (
    <Button
      component={Link}
      to={to}
      variant={current ? 'light' : 'subtle'}
      size="sm"
      px="sm"
      aria-current={current ? 'page' : undefined}
    >
      {label}
    </Button>
  );
}
