// Placeholder until the benchmarks issue: refuses honestly instead of printing made-up numbers.
console.error('No benchmarks yet: see bench/README.md.');
process.exit(2);
