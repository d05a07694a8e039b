import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useBlocker, type Blocker } from 'react-router';

/**
 * Warns before unsaved changes are lost: leaving for another page of the app asks first (a
 * dialog), and closing or reloading the tab gets the browser's own question. `release()` lets
 * the next navigation through (after a save).
 */
export function useUnsavedChanges(dirty: boolean): { blocker: Blocker; release: () => void } {
  const released = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !released.current && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Older browsers ask only when returnValue is set.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  return {
    blocker,
    release: () => {
      released.current = true;
    },
  };
}

/** The question asked when someone leaves a form with changes not yet saved. */
export function UnsavedChangesDialog({ blocker, what }: { blocker: Blocker; what: string }) {
  const open = blocker.state === 'blocked';
  return (
    <Modal opened={open} onClose={() => blocker.reset?.()} title="Leave without saving?" centered>
      <Stack gap="md">
        <Text>Your changes to {what} have not been saved. Leaving this page loses them.</Text>
        <Group justify="flex-end" wrap="wrap">
          <Button variant="default" onClick={() => blocker.reset?.()} data-autofocus>
            Stay and keep editing
          </Button>
          <Button color="red.9" onClick={() => blocker.proceed?.()}>
            Leave and lose the changes
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
