import { Anchor, Button, Group, Stack } from '@mantine/core';
import { Link, Outlet, useLocation } from 'react-router';
import { webPaths } from '@cop/web-routes';
import { NotAllowed, SignInNeeded } from '../components/errors';
import { PageLoader } from '../components/page';
import { useShell } from '../features/viewer/viewer';

const SECTIONS = [
  { label: 'Overview', to: webPaths.office(), exact: true },
  { label: 'Community', to: webPaths.officeCommunity() },
  { label: 'Admissions', to: webPaths.officeAdmissions() },
  { label: 'People', to: webPaths.officePeople() },
  { label: 'Working groups', to: webPaths.officeGroups() },
  { label: 'Newsletter', to: webPaths.officeNewsletter() },
  { label: 'Digests', to: webPaths.officeDigests() },
  { label: 'Expertise', to: webPaths.officeExpertise() },
  { label: 'Data requests', to: webPaths.officeDataRequests() },
];

/**
 * `/office`: the frame of the project office's console. Anyone but the OFFICE gets "not
 * allowed" here, before any section renders, so no section's query is ever sent for them (the
 * API refuses those queries too). Each section is its own page with its own h1.
 */
export default function OfficeRoute() {
  const { signedIn, isOffice, result } = useShell();
  if (!result.data && result.fetching) return <PageLoader />;
  if (!signedIn)
    return <SignInNeeded>The office console is for the project office: sign in to use it.</SignInNeeded>;
  if (!isOffice) return <NotAllowed />;
  return (
    <Stack gap="lg">
      <OfficeNav />
      <Outlet />
    </Stack>
  );
}

function OfficeNav() {
  const { pathname } = useLocation();
  const path = pathname.replace(/\/+$/, '') || '/';
  const current = (to: string, exact?: boolean) => path === to || (!exact && path.startsWith(`${to}/`));
  return (
    <Group
      component="nav"
      aria-label="Office sections"
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
          aria-current={current(s.to, s.exact) ? 'page' : undefined}
          variant={current(s.to, s.exact) ? 'light' : 'subtle'}
          size="sm"
        >
          {s.label}
        </Button>
      ))}
      {/* The API's own page (Bull Board), outside the app: a plain link that loads it whole. */}
      <Anchor href="/admin/queues" size="sm" px="xs">
        Queue board
      </Anchor>
    </Group>
  );
}
