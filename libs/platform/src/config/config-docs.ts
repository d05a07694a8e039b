import { CONFIG_VARIABLES } from './config-variables';

export const CONFIG_TABLE_START =
  '<!-- config-variables: written from libs/platform/src/config/config-variables.ts -->';
export const CONFIG_TABLE_END = '<!-- /config-variables -->';

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The README's table of variables, from the schema (prettier aligns it). */
export function configTable(): string {
  const rows = Object.entries(CONFIG_VARIABLES).map(
    ([name, v]) => `| \`${name}\` | ${cell(v.default)} | ${cell(v.meaning)} |`,
  );
  return ['| variable | default | meaning |', '| --- | --- | --- |', ...rows].join('\n');
}
