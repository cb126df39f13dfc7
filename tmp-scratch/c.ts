import { RESOLUTION_RE, ADMISSION_RE } from '../server/src/engine/rules/ownership.ts';
const pad = '.'.repeat(1024);
for (const flags of ['i', '', 'i', '']) {
  let t = performance.now();
  for (let k = 0; k < 10; k++) { const re = new RegExp(RESOLUTION_RE.source + `|zz${k}${flags}`, flags); re.test(pad); }
  const a = (performance.now() - t) / 10;
  t = performance.now();
  for (let k = 0; k < 10; k++) { const re = new RegExp(ADMISSION_RE.source + `|zz${k}${flags}`, flags); re.test(pad); }
  console.log(JSON.stringify(flags), 'resolution', a.toFixed(2), 'admission', ((performance.now() - t) / 10).toFixed(2));
}
