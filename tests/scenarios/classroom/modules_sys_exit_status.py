# sys.exit(2): stop with an exit status the shell can test
import sys


def check_args(args):
    if len(args) < 2:
        print("usage: grade.py SCORE")
        return 2
    return 0


status = check_args(["grade.py"])
print("status:", status)
try:
    sys.exit(0)
except SystemExit as e:
    print("SystemExit caught, code", e.code)
print("finally blocks run on exit:")
try:
    sys.exit(status)
finally:
    print("  cleaning up")
print("never printed")
