import { Button, Group, Stack, Title } from '@mantine/core';
import { Link, Outlet, useLocation } from 'react-router';
import { webPaths } from '@cop/web-routes';
import { SignInNeeded } from '../components/errors';
import { PageLoader } from '../components/page';
import { useShell } from '../features/viewer/viewer';

const SECTIONS = [
  { label: 'Profile', to: webPaths.settingsProfile() },
  { label: 'Expertise', to: webPaths.settingsExpertise() },
  { label: 'E-mail', to: webPaths.settingsEmail() },
  { label: 'Access tokens', to: webPaths.settingsTokens() },
  { label: 'Calendar feed', to: webPaths.settingsCalendar() },
  { label: 'Sign-in identities', to: webPaths.settingsIdentities() },
  { label: 'My data', to: webPaths.settingsData() },
];

/**
 * `/settings`: the frame of the viewer's own settings: the one h1, a navigation between the
 * sections (each its own URL) and the section below. Each section sets the document title and
 * titles itself with an h2.
 */
export default function SettingsRoute() {
  const { signedIn, result } = useShell();
  if (!result.data && result.fetching) return <PageLoader />;
  if (!signedIn)
    return <SignInNeeded>Your settings are yours alone: sign in to see and change them.</SignInNeeded>;
  return (
    <Stack gap="lg">
      <Title order={1}>Settings</Title>
      <SettingsNav />
      <Outlet />
    </Stack>
  );
}

function SettingsNav() {
  const { pathname } = useLocation();
  const path = pathname.replace(/\/+$/, '');
  // The index (`/settings`) shows the profile, so the profile's link is current there too.
  const current = (to: string) =>
    path === to || (to === webPaths.settingsProfile() && path === webPaths.settings());
  return (
    <Group
      component="nav"
      aria-label="Settings sections"
      gap={4}
      wrap="wrap"
      pb="xs"
      style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
    >
      {SECTIONS.map((s) => (
        <Button
          key={s.to}
          component={Link}
          to={s.to}
          aria-current={current(s.to) ? 'page' : undefined}
          variant={current(s.to) ? 'light' : 'subtle'}
          size="sm"
        >
          {s.label}
        </Button>
      ))}
    </Group>
  );
}
