import { createTheme, type CSSVariablesResolver } from '@mantine/core';

// Mantine's default shade 6 fails WCAG AA contrast for links and buttons' text (4.32:1), and
// its dimmed grey and error red fail on white too: every one is raised a step or two here.
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 5 },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: {
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  },
  defaultRadius: 'md',
  components: {
    Anchor: { defaultProps: { underline: 'hover' } },
    // The close buttons of every notification and dialog get a name (axe: button-name).
    Notification: { defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss notification' } } },
    Modal: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } },
  },
});

// Text on Mantine's pale "light" backgrounds (badges, light buttons and alerts, hovered subtle
// buttons) uses a color's shade 6-9, which for the warm and green hues stays under 4.5:1.
// These darker inks pass on the pale backgrounds and as fills behind white text.
const INK: Record<string, string> = {
  blue: '#1a4b8c',
  red: '#a51d1d',
  grape: '#7a2a8c',
  violet: '#5329a8',
  indigo: '#3b3fb0',
  yellow: '#6b4c00',
  orange: '#8a3400',
  green: '#1e6b2e',
  teal: '#0b6157',
  lime: '#4a6300',
  cyan: '#0b5c6e',
  pink: '#9c1f5e',
  gray: '#3e444b',
};
const inks = Object.fromEntries(
  Object.entries(INK).flatMap(([color, ink]) => [
    [`--mantine-color-${color}-light-color`, ink],
    [`--mantine-color-${color}-outline`, ink],
  ]),
);

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    ...inks,
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    '--mantine-color-anchor': 'var(--mantine-color-blue-9)',
  },
  dark: {},
});
