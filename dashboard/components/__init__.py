"""Our own Dash components (their browser half is assets/components.js, loaded by every page)."""

from .attrs import attrs
from .inline_svg import InlineSvg

__all__ = ["InlineSvg", "attrs"]
