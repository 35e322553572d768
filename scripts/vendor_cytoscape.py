#!/usr/bin/env python3
"""Rebuild the vendored Cytoscape.js that the HTML report inlines, from the npm registry.

The copy lives in claimdiff/data/vendor/: ``cytoscape.min.js``, its ``cytoscape.LICENSE``, and
``cytoscape.json`` with the pinned version, the registry's integrity of the package and the
sha256 of the script. The HTML report puts that script inline and allows it by its hash in the
page's Content-Security-Policy, so the bytes must be exactly the pinned ones.

    python scripts/vendor_cytoscape.py            # fetch the pinned version, check it, write it
    python scripts/vendor_cytoscape.py --check    # only check the files here against the pin
    python scripts/vendor_cytoscape.py --version 3.36.0   # move the pin (review the diff)

Needs ``npm`` (``npm pack`` checks the package's integrity as it downloads it).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

VENDOR = Path(__file__).resolve().parent.parent / "claimdiff" / "data" / "vendor"
PIN = VENDOR / "cytoscape.json"
SCRIPT = VENDOR / "cytoscape.min.js"
LICENSE = VENDOR / "cytoscape.LICENSE"
MEMBERS = {"package/dist/cytoscape.min.js": SCRIPT, "package/LICENSE": LICENSE}


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def check() -> list[str]:
    """What is wrong with the vendored files, compared with the pin (nothing: an empty list)."""
    pin = json.loads(PIN.read_text(encoding="utf-8"))
    problems = []
    if not SCRIPT.is_file() or sha256(SCRIPT.read_bytes()) != pin["sha256"]:
        problems.append(f"{SCRIPT.name} does not match the sha256 in {PIN.name}")
    if not LICENSE.is_file() or "Permission is hereby granted" not in LICENSE.read_text(encoding="utf-8"):
        problems.append(f"{LICENSE.name} is missing or is not the MIT licence")
    return problems


def fetch(version: str, workdir: Path) -> tuple[dict[str, bytes], str]:
    """The pinned files out of ``npm pack cytoscape@VERSION``, and the package's integrity."""
    spec = f"cytoscape@{version}"
    out = subprocess.run(
        ["npm", "pack", spec, "--json", "--silent"],
        cwd=workdir,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    info = json.loads(out.stdout)[0]
    if info["version"] != version:
        raise SystemExit(f"npm gave cytoscape {info['version']}, not the pinned {version}")
    files = {}
    with tarfile.open(workdir / info["filename"], "r:gz") as tar:
        for member in MEMBERS:
            handle = tar.extractfile(member)
            if handle is None:
                raise SystemExit(f"{spec}: {member} is not in the package")
            files[member] = handle.read()
    return files, info["integrity"]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="check the vendored files; fetch nothing")
    parser.add_argument("--version", help="move the pin to this version (default: keep the pinned one)")
    args = parser.parse_args(argv)

    if args.check:
        problems = check()
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0

    if shutil.which("npm") is None:
        print("npm is needed: install Node.js (Debian: apt-get install npm)", file=sys.stderr)
        return 2
    pin = json.loads(PIN.read_text(encoding="utf-8")) if PIN.is_file() else {}
    version = args.version or pin.get("version")
    if not version:
        print(f"no pinned version in {PIN}; pass --version X.Y.Z", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        files, integrity = fetch(version, Path(tmp))
    script = files["package/dist/cytoscape.min.js"]
    digest = sha256(script)
    moving = version != pin.get("version")
    if not moving and (digest != pin.get("sha256") or integrity != pin.get("integrity")):
        # Same version, other bytes: never overwrite silently.
        print(f"cytoscape {version} from npm does not match the recorded checksum", file=sys.stderr)
        return 1
    if b"</script" in script.lower() or b"<!--" in script:
        # The report inlines the script; these would end or confuse its <script> element.
        print("the script holds '</script' or '<!--' and cannot be inlined", file=sys.stderr)
        return 1
    VENDOR.mkdir(parents=True, exist_ok=True)
    for member, target in MEMBERS.items():
        target.write_bytes(files[member])
    record = {
        "name": "cytoscape",
        "version": version,
        "license": "MIT",
        "file": SCRIPT.name,
        "from": f"npm pack cytoscape@{version}: package/dist/cytoscape.min.js",
        "integrity": integrity,
        "sha256": digest,
    }
    PIN.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    print(
        f"cytoscape {version}: {SCRIPT.name} sha256 {digest}" + (" (pin moved)" if moving else " (verified)")
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
