#!/usr/bin/env node
// Compiles contracts/src/*.sol with the solc-js version pinned in package.json
// and writes build/<Contract>.abi and build/<Contract>.bin for every deployable
// contract, plus build/solc.json (compiler version and settings).
//
//   node scripts/build.js            write build/
//   node scripts/build.js --check    exit 1 if build/ differs from a fresh compile
//   node scripts/build.js --compile FILE.sol CONTRACT
//                                    print {"abi":..., "bin":...} of one contract of
//                                    an out-of-tree file (used by the gas report to
//                                    compile verifiers of other capacities)
//
// Output is deterministic: same sources + same solc = same bytes, which is what
// lets CI diff the committed build/ against the sources.
'use strict';

const fs = require('fs');
const path = require('path');
const solc = require('solc');

const root = path.resolve(__dirname, '..');
const srcDir = path.join(root, 'src');
const buildDir = path.join(root, 'build');

// Settings are part of the reproducible output: changing them changes bytecode.
const settings = {
  optimizer: { enabled: true, runs: 200 },
  evmVersion: 'cancun',
  outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
};

// The contracts worth deploying; libraries, interfaces and abstract bases are
// inlined into these.
const deployables = ['CheckpointRegistry', 'Verifier', 'EcdsaMultisigBaseline'];

function compile(sources) {
  const input = { language: 'Solidity', sources, settings };
  const findImports = (p) => {
    const f = path.join(srcDir, path.basename(p));
    return fs.existsSync(f) ? { contents: fs.readFileSync(f, 'utf8') } : { error: 'not found: ' + p };
  };
  const out = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
  const errors = (out.errors || []).filter((e) => e.severity === 'error');
  for (const e of out.errors || []) process.stderr.write(e.formattedMessage + '\n');
  if (errors.length > 0) process.exit(1);
  return out.contracts;
}

function srcSources() {
  const sources = {};
  for (const f of fs.readdirSync(srcDir).filter((f) => f.endsWith('.sol')).sort()) {
    sources[f] = { content: fs.readFileSync(path.join(srcDir, f), 'utf8') };
  }
  return sources;
}

function artifacts() {
  const contracts = compile(srcSources());
  const files = {};
  for (const [file, byName] of Object.entries(contracts)) {
    for (const [name, c] of Object.entries(byName)) {
      if (!deployables.includes(name)) continue;
      files[name + '.abi'] = JSON.stringify(c.abi, null, 2) + '\n';
      files[name + '.bin'] = c.evm.bytecode.object + '\n';
    }
  }
  for (const name of deployables) {
    if (!files[name + '.bin']) throw new Error('contract ' + name + ' not found in src/');
  }
  files['solc.json'] = JSON.stringify({ version: solc.version(), settings }, null, 2) + '\n';
  return files;
}

function main(argv) {
  if (argv[0] === '--compile') {
    const [file, name] = argv.slice(1);
    const contracts = compile({ [path.basename(file)]: { content: fs.readFileSync(file, 'utf8') } });
    const c = contracts[path.basename(file)][name];
    process.stdout.write(JSON.stringify({ abi: c.abi, bin: c.evm.bytecode.object }) + '\n');
    return;
  }
  const files = artifacts();
  if (argv[0] === '--check') {
    const stale = Object.keys(files).filter((f) => {
      const p = path.join(buildDir, f);
      return !fs.existsSync(p) || fs.readFileSync(p, 'utf8') !== files[f];
    });
    if (stale.length > 0) {
      process.stderr.write('build/ is stale (run: node scripts/build.js): ' + stale.join(', ') + '\n');
      process.exit(1);
    }
    return;
  }
  fs.mkdirSync(buildDir, { recursive: true });
  for (const [f, content] of Object.entries(files)) fs.writeFileSync(path.join(buildDir, f), content);
}

main(process.argv.slice(2));
