# A progress bar that updates as work is done
import time

tasks = ["download", "unpack", "install", "clean up"]
for i, task in enumerate(tasks, start=1):
    time.sleep(0.1)
    done = "#" * (i * 5)
    print(f"[{done:<20}] {i}/{len(tasks)} {task}")

deadline = time.monotonic() + 2
checks = 0
while time.monotonic() < deadline:
    checks += 1
    time.sleep(0.5)
print("checked", "at least 4 times" if checks >= 4 else "fewer times", "before the deadline")
