# Parsing a web server's log with a regular expression: one pattern,
# compiled once, pulls the fields out of every line.
import re
from collections import Counter

LOG = """\
192.168.1.10 - - [12/Mar/2024:10:15:32] "GET /index.html HTTP/1.1" 200 5120
10.0.0.7 - - [12/Mar/2024:10:15:40] "POST /login HTTP/1.1" 302 0
192.168.1.10 - - [12/Mar/2024:10:16:01] "GET /missing.png HTTP/1.1" 404 312
172.16.4.2 - - [12/Mar/2024:10:17:12] "GET /about.html HTTP/1.1" 200 2048
this line is garbage and does not match
10.0.0.7 - - [12/Mar/2024:10:18:55] "GET /admin HTTP/1.1" 500 128
"""

LINE = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - - '
    r'\[(?P<when>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/[\d.]+" '
    r'(?P<status>\d{3}) (?P<size>\d+)'
)

print(LINE.groups, sorted(LINE.groupindex))

status_counts = Counter()
bytes_by_ip = {}
bad = 0
for number, line in enumerate(LOG.splitlines(), start=1):
    m = LINE.match(line)
    if m is None:
        print(f"line {number}: no match")
        bad += 1
        continue
    status = int(m["status"])
    status_counts[status] += 1
    bytes_by_ip[m.group("ip")] = bytes_by_ip.get(m.group("ip"), 0) + int(m["size"])
    if status >= 400:
        print(f"line {number}: error {status} for {m['method']} {m['path']} at {m['when']}")

print(status_counts.most_common())
for ip, total in sorted(bytes_by_ip.items()):
    print(f"{ip:>15} {total:6d} bytes")
print("unparsed lines:", bad)

# the match remembers where each field was found
m = LINE.match(LOG.splitlines()[0])
print(m.span("path"), m.start("status"), m.end())
print(m.groupdict()["when"])
