import { corpusFiles, writeFiles, branchingScript } from '../test/bench/corpus.ts';
import { writeFileSync, mkdirSync } from 'node:fs';
mkdirSync('/tmp/varied', { recursive: true });
writeFiles('/tmp/varied', corpusFiles(6_000_000, 200, 21));
writeFileSync('/tmp/varied/branching.callscript', branchingScript(3000));
