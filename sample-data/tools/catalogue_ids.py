#!/usr/bin/env python3
"""Catalogue ids for Innovation Portfolio.

An entry's id is Java's UUID.nameUUIDFromBytes(("innovation-portfolio:catalogue:" + key)
.getBytes(UTF_8)), i.e. a version 3 (MD5, name-based) UUID, so it is the same on every install
and release. Keys must never change once released.

Usage:
  python3 catalogue_ids.py KEY [KEY ...]     print the id for each key
  python3 catalogue_ids.py --check [FILE]    check ids, keys and titles in the catalogue
                                             (default: ../catalogue.json next to this folder)
"""
import hashlib
import json
import os
import re
import sys
import uuid

NAMESPACE = "innovation-portfolio:catalogue:"
KEY_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def cid(key):
    """Same result as Innovation.stableId(key) in the Java code."""
    h = bytearray(hashlib.md5((NAMESPACE + key).encode("utf-8")).digest())
    h[6] = (h[6] & 0x0F) | 0x30
    h[8] = (h[8] & 0x3F) | 0x80
    return str(uuid.UUID(bytes=bytes(h)))


def check(path):
    with open(path, encoding="utf-8") as fh:
        doc = json.load(fh)
    problems = []
    seen = {"id": {}, "key": {}, "title": {}}
    for e in doc["innovations"]:
        if not KEY_PATTERN.match(e["key"]):
            problems.append("key is not a lowercase slug: " + e["key"])
        if e["id"] != cid(e["key"]):
            problems.append("id does not match key %s: %s (expected %s)" % (e["key"], e["id"], cid(e["key"])))
        for field, value in (("id", e["id"]), ("key", e["key"]), ("title", e["title"].casefold())):
            if value in seen[field]:
                problems.append("duplicate %s: %s (%s and %s)" % (field, value, seen[field][value], e["key"]))
            seen[field][value] = e["key"]
    source_ids = {s["id"] for s in doc["sources"]}
    for e in doc["innovations"]:
        for ref in e["sources"] + [f["source"] for f in e["facts"]]:
            if ref["sourceId"] not in source_ids:
                problems.append("unknown sourceId %s in %s" % (ref["sourceId"], e["key"]))
    for p in problems:
        print(p)
    print("%d entries checked, %d problem(s)" % (len(doc["innovations"]), len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    args = sys.argv[1:]
    if not args:
        print(__doc__)
        sys.exit(2)
    if args[0] == "--check":
        default = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "catalogue.json")
        sys.exit(check(args[1] if len(args) > 1 else default))
    for k in args:
        print(k, cid(k))
