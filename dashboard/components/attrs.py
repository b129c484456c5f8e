"""Hyphenated HTML attributes for Dash components."""

from __future__ import annotations

from typing import Any


def attrs(**values: Any) -> dict[str, Any]:
    """`aria_label="…"` → `{"aria-label": "…"}`: Dash takes aria-* and data-* attributes only as `**` keywords,
    and a typed helper keeps them checkable (a bare `**{"aria-label": …}` matches every keyword of the component)."""
    return {name.replace("_", "-"): value for name, value in values.items()}
