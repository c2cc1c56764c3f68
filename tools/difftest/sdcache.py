"""On-disk cache of ScarletDME results, so that checking the same programs
against a new mvbasic only costs the mvbasic side.

A result is stored under the sha256 of everything that decides what
ScarletDME prints for it:

* ``PROTOCOL``: how oracle.py runs a program (account made by ``mkacct``,
  ``BASIC BP names``, ``qm -quiet "RUN BP name"`` with stdin from /dev/null).
  Change it whenever that changes;
* the identity of the ScarletDME installation (``install_identity``): the
  sha256 of the ``qm`` binary, its ``pcode``, /etc/scarlet.conf, the system
  files a program's run reads (global catalogue, NEWVOC, messages) and the
  ``mkacct`` script that makes the scratch accounts (``sdrun`` is not used);
* the program's item name and its exact bytes (the programs read no other
  file, and stdin is /dev/null).

What is stored is the run's exit status and raw standard output; the caller
parses it again, so a change to the parser never needs a new cache. The
caller decides what may be stored (oracle.sd_complete: only complete runs,
never a timeout, a "User limit reached" or a failure to start qm).
One file per result, DIR/<key[:2]>/<key>, written atomically (several run.py
processes may share DIR).
"""

import hashlib
import json
import os
import shutil
import tempfile

PROTOCOL = ("difftest-sd-cache 1: mkacct account; BASIC BP <names>; "
            "qm -quiet \"RUN BP <name>\" </dev/null; stdout kept raw")
MKACCT = "/work/shared/tools/scarletdme/mkacct"
CONF = "/etc/scarlet.conf"
# system files and directories (under QMSYS) that a program's run reads
SYSTEM_PARTS = ("bin/pcode", "gcat", "NEWVOC", "ERRMSG", "MESSAGES", "GPL.BP.OUT")


def _hash_tree(h, path, label):
    """Feeds every regular file under path (name and content, sorted) into h;
    a missing path is recorded as missing."""
    if os.path.isfile(path):
        with open(path, "rb") as f:
            h.update(b"F\0%s\0%s\0" % (label.encode(), hashlib.sha256(f.read()).hexdigest().encode()))
    elif os.path.isdir(path):
        for name in sorted(os.listdir(path)):
            _hash_tree(h, os.path.join(path, name), label + "/" + name)
    else:
        h.update(b"M\0%s\0" % label.encode())


def install_identity(qm=None, qmsys=None, extra=(MKACCT, CONF)):
    """sha256 (hex) of the ScarletDME installation that produces the results:
    the qm binary found on PATH, the SYSTEM_PARTS of its QMSYS directory and
    the extra files (mkacct, the configuration)."""
    qm = os.path.realpath(qm or shutil.which("qm") or "qm")
    qmsys = qmsys or os.path.dirname(os.path.dirname(qm))
    h = hashlib.sha256(PROTOCOL.encode() + b"\0")
    _hash_tree(h, qm, "qm")
    for part in SYSTEM_PARTS:
        _hash_tree(h, os.path.join(qmsys, part), part)
    for path in extra:
        _hash_tree(h, path, os.path.basename(path))
    return h.hexdigest()


def key(identity, name, program):
    """The cache key of one program (bytes) run as item ``name``."""
    h = hashlib.sha256()
    for part in (PROTOCOL.encode(), identity.encode(), name.encode(), program):
        h.update(b"%d:" % len(part))  # length-prefixed: no two inputs collide by concatenation
        h.update(part)
    return h.hexdigest()


def default_dir(root):
    """--sd-cache's default: $DIFFTEST_SD_CACHE, else ROOT/target/difftest-sd-cache."""
    return os.environ.get("DIFFTEST_SD_CACHE") or os.path.join(root, "target", "difftest-sd-cache")


class SdCache:
    """The results of one installation in one directory."""

    def __init__(self, root, identity):
        self.root = os.path.abspath(root)
        self.identity = identity

    def _path(self, k):
        return os.path.join(self.root, k[:2], k)

    def load(self, name, program):
        """(exit status, raw stdout bytes) stored for this program, or None."""
        try:
            with open(self._path(key(self.identity, name, program)), encoding="ascii") as f:
                rec = json.load(f)
        except (OSError, ValueError):
            return None  # absent, or a damaged file: run it again
        if rec.get("identity") != self.identity or rec.get("name") != name:
            return None
        return rec["rc"], rec["out"].encode("latin-1")

    def store(self, name, program, rc, out):
        """Stores one result (the caller has checked that it is complete)."""
        k = key(self.identity, name, program)
        d = os.path.dirname(self._path(k))
        os.makedirs(d, exist_ok=True)
        rec = {"protocol": PROTOCOL, "identity": self.identity, "name": name,
               "program_sha256": hashlib.sha256(program).hexdigest(), "rc": rc,
               "out": out.decode("latin-1")}
        fd, tmp = tempfile.mkstemp(dir=d, prefix=".tmp-")
        try:
            with os.fdopen(fd, "w", encoding="ascii") as f:
                json.dump(rec, f)
            os.replace(tmp, self._path(k))
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
