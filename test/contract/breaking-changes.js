// Prints (or with --write, rewrites pending.txt with) the breaking changes between the contract
// and schema.gql. Use it to see what is left; the contract test decides what may be removed.
const { buildSchema, findBreakingChanges } = require('graphql');
const fs = require('fs');
const path = require('path');
const c = findBreakingChanges(
  buildSchema(fs.readFileSync(path.join(__dirname, '../../../shared/contract/schema.graphql'), 'utf8')),
  buildSchema(fs.readFileSync(path.join(__dirname, '../../schema.gql'), 'utf8')),
);
const header = `# Breaking changes between ../shared/contract/schema.graphql and schema.gql: the parts of the
# contract not built yet, one a line, as graphql-js findBreakingChanges words them.
# test/contract/contract.test.ts fails on a change not listed here and on a line that no longer
# breaks, so this list only shrinks. The last issue leaves it empty.
`;
const lines = c.map((x) => `${x.type}: ${x.description}`);
if (process.argv.includes('--write'))
  fs.writeFileSync(path.join(__dirname, 'pending.txt'), header + lines.join('\n') + '\n');
else console.log(lines.join('\n'));
console.error(`${lines.length} breaking change(s)`);
