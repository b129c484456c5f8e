"""`make check`'s vulnerability audit, said plainly: how many packages were audited, and what was found.

pip-audit prints "No known vulnerabilities found" even when it could check nothing (an offline machine: every
package skipped). This runs it, then says how many of the locked packages it really checked. A known
vulnerability fails; an audit that could not run passes, saying that nothing was audited.
"""

from __future__ import annotations

import json
import subprocess
import sys


def main(lock: str) -> int:
    done = subprocess.run(
        [sys.executable, "-m", "pip_audit", "--progress-spinner", "off", "--disable-pip", "--require-hashes"]
        + ["-r", lock, "-f", "json"],
        capture_output=True,
        text=True,
    )
    try:
        report = json.loads(done.stdout)
    except json.JSONDecodeError:
        print(f"pip-audit n'a pas produit de rapport : {done.stderr.strip()[-300:]}", file=sys.stderr)
        return 1
    text, code = summary(report, lock)
    print(text)
    return code


def summary(report: dict, lock: str) -> tuple[str, int]:
    """What the audit checked, in words, and the exit code: 1 for a known vulnerability, else 0."""
    packages = report.get("dependencies", [])
    skipped = [p for p in packages if p.get("skip_reason")]
    vulnerable = [p for p in packages if p.get("vulns")]
    audited = len(packages) - len(skipped)
    if vulnerable:
        lines = [
            f"VULNÉRABLE : {p['name']} {p.get('version', '')} ({', '.join(v['id'] for v in p['vulns'])})"
            for p in vulnerable
        ]
        return "\n".join(lines), 1
    if audited == 0:
        return (
            f"pip-audit : RIEN N'A ÉTÉ AUDITÉ. Aucun des {len(packages)} paquets de {lock} n'a pu être vérifié "
            "(base de vulnérabilités injoignable, machine hors ligne) ; relancez `make check` en ligne.",
            0,
        )
    unchecked = f" ; {len(skipped)} non vérifiés : {', '.join(p['name'] for p in skipped[:10])}" if skipped else ""
    return f"pip-audit : {audited} paquets sur {len(packages)} audités, aucune vulnérabilité connue{unchecked}", 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "requirements-dev.lock"))
