"""Code structure figures for a revision: lines per module, fully annotated functions, layer imports.

python bench/structure.py [REV ...]     (default: the work tree)
"""

from __future__ import annotations

import ast
import statistics
import subprocess  # nosec B404
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def sources(rev: str | None) -> dict[str, str]:
    if rev is None:
        return {str(p.relative_to(ROOT)): p.read_text() for p in sorted((ROOT / "dashboard").rglob("*.py"))}
    names = subprocess.run(
        ["git", "ls-tree", "-r", "--name-only", rev, "dashboard"],
        cwd=ROOT,
        check=True,  # nosec
        capture_output=True,
        text=True,
    ).stdout.split()
    return {
        n: subprocess.run(
            ["git", "show", f"{rev}:{n}"],
            cwd=ROOT,
            check=True,
            capture_output=True,  # nosec
            text=True,
        ).stdout
        for n in names
        if n.endswith(".py")
    }


def fully_annotated(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    args = fn.args
    every = args.posonlyargs + args.args + args.kwonlyargs + [a for a in (args.vararg, args.kwarg) if a]
    named = [a for a in every if a.arg not in ("self", "cls")]
    return fn.returns is not None and all(a.annotation is not None for a in named)


def report(rev: str | None) -> None:
    files = sources(rev)
    lines = {name: len(text.splitlines()) for name, text in files.items()}
    functions = [
        node
        for text in files.values()
        for node in ast.walk(ast.parse(text))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    ]
    annotated = sum(fully_annotated(f) for f in functions)
    sizes = sorted(lines.values())
    print(
        f"{rev or 'work tree'}: {len(files)} modules, {sum(sizes)} lines; per module median "
        f"{statistics.median(sizes):.0f}, p90 {sizes[int(0.9 * (len(sizes) - 1))]}, max {sizes[-1]}"
    )
    print(f"  functions fully annotated: {annotated} of {len(functions)} ({annotated / len(functions):.0%})")
    print(
        "  largest: "
        + ", ".join(f"{n.removeprefix('dashboard/')} {c}" for n, c in sorted(lines.items(), key=lambda kv: -kv[1])[:6])
    )
    packages: dict[str, int] = {}
    for name, count in lines.items():
        parts = name.split("/")
        key = parts[1] if len(parts) > 2 else "(top level)"
        packages[key] = packages.get(key, 0) + count
    print("  lines per package: " + ", ".join(f"{k} {v}" for k, v in sorted(packages.items())))


if __name__ == "__main__":
    for revision in sys.argv[1:] or [None]:
        report(revision)
