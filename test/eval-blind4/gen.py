# Expands the compact conversation list in convs*.txt into .scenario files.
# Block format: "== name", optional "S situation", then "C text" / "A text" / "E rule[, rule]".
import os, glob, re
here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, 'conversations')
os.makedirs(out, exist_ok=True)
n = 0
for src in sorted(glob.glob(os.path.join(here, 'convs*.txt'))):
    blocks = re.split(r'^== ', open(src).read(), flags=re.M)[1:]
    for b in blocks:
        lines = b.strip('\n').split('\n')
        name = lines[0].strip(); body = []; head = ''
        for l in lines[1:]:
            if not l.strip(): continue
            k, t = l[:1], l[2:].strip()
            if k == 'S': head = f'---\nsituation: {t}\n---\n'
            elif k == 'C': body.append(f'Customer: {t}')
            elif k == 'A': body.append(f'Agent: {t}')
            elif k == 'E': body.append(f'// expect: {t}')
            else: raise SystemExit(f'bad line in {name}: {l}')
        n += 1
        open(os.path.join(out, f'{n:03d}-{name}.scenario'), 'w').write(head + '\n'.join(body) + '\n')
print(n, 'conversations')
