import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_TABLE_END, CONFIG_TABLE_START, configTable } from './config-docs';
import { CONFIG_VARIABLES } from './config-variables';

const README = join(__dirname, '../../../../README.md');

/** The table's cells without the alignment prettier adds. */
const cells = (table: string) =>
  table
    .trim()
    .split('\n')
    .map((line) =>
      line
        .trim()
        .split(/(?<!\\)\|/)
        .map((c) => c.trim().replace(/^-{3,}$/, '---'))
        .join('|'),
    );

describe("the README's configuration table", () => {
  it('is the one config-variables.ts writes (UPDATE_DOCS=1 npx jest config-docs rewrites it)', () => {
    const readme = readFileSync(README, 'utf8');
    const start = readme.indexOf(CONFIG_TABLE_START);
    const end = readme.indexOf(CONFIG_TABLE_END);
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    const written = readme.slice(start + CONFIG_TABLE_START.length, end);
    if (process.env.UPDATE_DOCS === '1') {
      writeFileSync(
        README,
        `${readme.slice(0, start)}${CONFIG_TABLE_START}\n\n${configTable()}\n\n${readme.slice(end)}`,
      );
      // Prettier aligns the table (its API loads ES modules, which Jest does not here).
      execFileSync(join(__dirname, '../../../../node_modules/.bin/prettier'), ['--write', README]);
      return;
    }
    expect(cells(written)).toEqual(cells(configTable()));
  });

  it('lists every variable once, each with a default and a meaning', () => {
    for (const [name, v] of Object.entries(CONFIG_VARIABLES)) {
      expect([name, v.default.length > 0, v.meaning.length > 0]).toEqual([name, true, true]);
      expect(
        configTable()
          .split('\n')
          .filter((row) => row.startsWith(`| \`${name}\` |`)),
      ).toHaveLength(1);
    }
  });
});
