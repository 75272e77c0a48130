# A rocket countdown that waits a second between numbers
import time

for n in range(5, 0, -1):
    print(n, "...")
    time.sleep(1)
print("Lift off!")
time.sleep(0.25)
print("Orbit reached")
