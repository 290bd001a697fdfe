#!/usr/bin/env node
// The wink-nlp baseline for tools/bench/run.py: the same detection as the rg
// line of the benchmark, done the NLP-library way. Reads every file, splits
// it into sentences with wink-nlp (wink-eng-lite-web-model), and counts the
// sentences that hold a US state name (states.txt, ASCII word boundaries) and
// a token that wink-nlp types as a number.
//
//   node tools/bench/wink_detect.js DIR|FILE...     (folders: *.txt, recursive, sorted)
//   node tools/bench/wink_detect.js --list FILES.txt   (one path per line)
//
// Prints one JSON line: {"files","bytes","sentences","candidates"}.
// Needs: npm install --prefix tools/bench --no-package-lock   (see README.md)
'use strict';
const fs = require('fs');
const path = require('path');

let winkNLP, model;
try {
  winkNLP = require('wink-nlp');
  model = require('wink-eng-lite-web-model');
} catch (e) {
  process.stderr.write('wink_detect: wink-nlp is not installed; run: npm install --prefix ' +
                       __dirname + ' --no-package-lock\n');
  process.exit(2);
}
const nlp = winkNLP(model);
const its = nlp.its;

const states = fs.readFileSync(path.join(__dirname, 'states.txt'), 'utf8')
  .split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
states.sort((a, b) => b.length - a.length);
const stateRe = new RegExp('\\b(?:' + states.join('|') + ')\\b');

function walk(p, out) {
  const st = fs.statSync(p);
  if (st.isDirectory()) {
    const found = [];
    (function rec(d) {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const q = path.join(d, e.name);
        if (e.isDirectory()) rec(q);
        else if (e.name.endsWith('.txt')) found.push(q);
      }
    })(p);
    found.sort();
    out.push(...found);
  } else {
    out.push(p);
  }
}

const args = process.argv.slice(2);
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--list') {
    const text = fs.readFileSync(args[++i], 'utf8');
    for (const l of text.split('\n')) if (l) files.push(l);
  } else {
    walk(args[i], files);
  }
}
if (!files.length) {
  process.stderr.write('usage: wink_detect.js DIR|FILE... | --list FILE\n');
  process.exit(2);
}

let bytes = 0, sentences = 0, candidates = 0;
for (const f of files) {
  const buf = fs.readFileSync(f);
  bytes += buf.length;
  const doc = nlp.readDoc(buf.toString('utf8'));
  const types = doc.tokens().out(its.type);
  doc.sentences().each((s) => {
    sentences++;
    const [a, b] = s.out(its.span);
    let num = false;
    for (let k = a; k <= b; k++) {
      if (types[k] === 'number') { num = true; break; }
    }
    if (num && stateRe.test(s.out())) candidates++;
  });
}
process.stdout.write(JSON.stringify({ files: files.length, bytes, sentences, candidates }) + '\n');
