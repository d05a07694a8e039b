import {
  ActionIcon,
  Anchor,
  AppShell,
  Box,
  Avatar,
  Burger,
  Button,
  Container,
  Group,
  NavLink,
  Stack,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { lazy, Suspense, useEffect } from 'react';
import { Link, NavLink as RouterNavLink, Outlet, useLocation, useNavigation } from 'react-router';
import { apiPaths, webPaths } from '@cop/web-routes';
import { signInHref, signOut, useShell } from '../features/viewer/viewer';
import { PageLoader } from './page';
import { HeaderLink } from './header-link';
import { SearchIcon } from '../features/documents/search-icon';

// The header's search box with its suggestions (a combobox) loads after the page, on wide screens.
const HeaderSearch = lazy(() => import('../features/documents/header-search'));

type NavItem = { label: string; to: string };

const WORKING_GROUPS: NavItem = { label: 'Working groups', to: webPaths.workingGroups() };
const CALENDAR: NavItem = { label: 'Calendar', to: webPaths.calendar() };
const DOCUMENTS: NavItem = { label: 'Documents', to: webPaths.documents() };
const SURVEYS: NavItem = { label: 'Surveys', to: webPaths.surveys() };
const NEWS: NavItem = { label: 'News', to: webPaths.news() };
const PUBLIC_NAV = [WORKING_GROUPS, CALENDAR, DOCUMENTS, SURVEYS, NEWS];
// The compendium is the members' work: guests and the public are not shown it.
const MEMBER_NAV = [
  WORKING_GROUPS,
  CALENDAR,
  DOCUMENTS,
  { label: 'Use cases', to: webPaths.useCases() },
  SURVEYS,
  { label: 'Reports', to: webPaths.reports() },
  NEWS,
];

const OFFICE: NavItem = { label: 'Office', to: webPaths.office() };
// The directory is the members'; the header's row has no room for it at 1280 px (the community's
// name would be cut to a few letters), so it is in the phone menu and linked from the home page.
const PEOPLE: NavItem = { label: 'People', to: webPaths.people() };

// The FAQ and the newsletter are in the phone menu and every page's footer; the header's row
// leaves them out so the community's name keeps its room at 1280 px.
const MENU_ONLY = [
  { label: 'FAQ', to: webPaths.faq() },
  { label: 'Newsletter', to: webPaths.newsletter() },
];

/** Every page's frame: the header with navigation and the viewer's menu, the main landmark, the footer. */
export function Layout() {
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  const navigation = useNavigation();
  const shell = useShell();
  useEffect(close, [location.pathname, close]);

  const returnTo = location.pathname + location.search;
  const sections = shell.isMember ? MEMBER_NAV : PUBLIC_NAV;
  const nav = shell.isOffice ? [...sections, OFFICE] : sections;
  // The community's name already leads home; "My home" is spelled out in the phone menu only.
  const menu = [
    ...(shell.signedIn ? [{ label: 'My home', to: webPaths.home() }] : []),
    ...nav,
    ...(shell.isMember ? [PEOPLE] : []),
  ];

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 260, breakpoint: 'md', collapsed: { desktop: true, mobile: !opened } }}
      padding="md"
    >
      <a className="cop-skip-link" href="#main">
        Skip to content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="md"
              size="sm"
              aria-label={opened ? 'Close navigation' : 'Open navigation'}
            />
            {/* The short name where it is set (the full one is cut at 1280 px beside a member's menu). */}
            <Anchor
              component={Link}
              to={webPaths.home()}
              fw={700}
              c="dark"
              underline="never"
              truncate="end"
              title={shell.community?.shortName ? shell.community.name : undefined}
            >
              {shell.community?.shortName ?? shell.community?.name ?? 'CoP platform'}
            </Anchor>
          </Group>
          <Group gap={4} wrap="nowrap" visibleFrom="md" component="nav" aria-label="Main">
            {nav.map((item) => (
              <HeaderLink key={item.to} to={item.to} label={item.label} />
            ))}
          </Group>
          <Box visibleFrom="xl" w={220} style={{ flexShrink: 1, minWidth: 160 }}>
            <Suspense fallback={null}>
              <HeaderSearch />
            </Suspense>
          </Box>
          <ActionIcon
            component={Link}
            to={webPaths.search({ q: '' })}
            hiddenFrom="xl"
            variant="subtle"
            size="lg"
            aria-label="Search documents"
            style={{ flexShrink: 0 }}
          >
            <SearchIcon size={20} />
          </ActionIcon>
          {shell.person ? (
            // Plain links and a button rather than a dropdown menu: the header then needs no
            // floating-ui, and every page's first load is the lighter for it.
            <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
              <Button
                component={Link}
                to={webPaths.settingsProfile()}
                variant="subtle"
                size="sm"
                px="xs"
                leftSection={<Avatar size="sm" color="blue" name={shell.person.displayName} aria-hidden />}
                title="Your profile and settings"
              >
                {/* The name is shown from 1408 px: below that the avatar alone, so the community's
                    name keeps its room beside the office's eight sections at 1280 px. */}
                <Text span size="sm" truncate="end" maw={160} visibleFrom="xl">
                  {shell.person.displayName}
                </Text>
                <VisuallyHidden hiddenFrom="xl">{shell.person.displayName}</VisuallyHidden>
              </Button>
              <Button variant="default" size="sm" onClick={() => void signOut()} visibleFrom="sm">
                Sign out
              </Button>
            </Group>
          ) : (
            <Button
              component="a"
              href={signInHref(shell.providers, returnTo)}
              size="sm"
              style={{ flexShrink: 0 }}
            >
              Sign in
            </Button>
          )}
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="md" aria-label="Main navigation">
        <Stack gap={2} component="nav" aria-label="Main (menu)">
          {[...menu, ...MENU_ONLY].map((item) => (
            <NavLink key={item.to} component={RouterNavLink} to={item.to} label={item.label} />
          ))}
          {shell.person && (
            <>
              <NavLink component={RouterNavLink} to={webPaths.settingsProfile()} label="Settings" />
              <NavLink component="button" label="Sign out" onClick={() => void signOut()} />
            </>
          )}
        </Stack>
      </AppShell.Navbar>
      {/* AppShell.Main is the page's one <main>; the skip link lands on it. */}
      <AppShell.Main id="main" tabIndex={-1} aria-busy={navigation.state === 'loading'}>
        <Container size="lg" px={0}>
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </Container>
        <Container size="lg" px={0} mt="xl" component="footer">
          <Group gap="md" py="md" c="dimmed">
            <Anchor component={Link} to={webPaths.newsletter()} size="sm">
              Subscribe to the newsletter
            </Anchor>
            <Anchor href={apiPaths.publicCalendar()} size="sm">
              Public calendar (iCalendar)
            </Anchor>
            <Anchor component={Link} to={webPaths.faq()} size="sm">
              FAQ
            </Anchor>
          </Group>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
