#!/usr/bin/env python3
# update-known-failures.py PYMEMLAB
# Runs every classroom script through ../check-scenario.sh and rewrites the
# classroom_known_failures list of meson.build with the ones that fail, so
# the list stays exact as features land. Prints what changed.
import pathlib
import re
import subprocess
import sys

here = pathlib.Path(__file__).resolve().parent
pymemlab = sys.argv[1]
build = here / 'meson.build'
text = build.read_text()

names = []
for listing in re.finditer(r"^classroom_scenarios_\w+ = \[(.*?)\]", text, re.S | re.M):
    names += re.findall(r"'([^']+)'", listing.group(1))

failing = []
for name in sorted(names):
    check = subprocess.run(['sh', str(here.parent / 'check-scenario.sh'), pymemlab, str(here / (name + '.py'))],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=120)
    if check.returncode != 0:
        failing.append(name)

old = re.search(r"^classroom_known_failures = \[(.*?)\]", text, re.S | re.M)
before = set(re.findall(r"'([^']+)'", old.group(1)))
listing = ''.join(f"  '{name}',\n" for name in failing)
text = text[:old.start()] + f"classroom_known_failures = [\n{listing}]" + text[old.end():]
build.write_text(text)

for name in sorted(before - set(failing)):
    print('now passes:', name)
for name in sorted(set(failing) - before):
    print('now FAILS: ', name)
print(f'{len(names) - len(failing)} of {len(names)} pass')
