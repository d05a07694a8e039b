/**
 * Mantine's yellow and orange alert titles (shade 9 on their light background, 2.7:1) fail
 * WCAG AA: such alerts take a dark title. `<Alert color="yellow" styles={WARNING_TITLE}>`.
 */
export const WARNING_TITLE = { title: { color: 'var(--mantine-color-dark-7)' } };
