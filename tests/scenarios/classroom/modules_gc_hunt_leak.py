# Hunting a leak: who still refers to an object that should be gone?
import gc
import sys


class Session:
    def __init__(self, user):
        self.user = user


_audit_log = []          # the leak: every session is logged forever


def open_session(user):
    session = Session(user)
    _audit_log.append(session)
    return session


def close_session(session):
    pass                 # forgets to remove it from the log


s = open_session("ada")
close_session(s)
print("refcount:", sys.getrefcount(s))

holders = gc.get_referrers(s)
print("referrers:", len(holders))
print("  the audit log holds it:", any(h is _audit_log for h in holders))
print("  the module's globals (name 's'):", any(h is globals() for h in holders))
print("  kinds:", sorted(type(h).__name__ for h in holders))

print("referents of the log:", [type(o).__name__ for o in gc.get_referents(_audit_log)])
print("referents of the session:", sorted(type(o).__name__ for o in gc.get_referents(s)))

_audit_log.remove(s)
print("after the fix, referrers:", len(gc.get_referrers(s)))
print("refcount:", sys.getrefcount(s))
