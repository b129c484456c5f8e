"""Shared look of every chart: system fonts, separators of the language, colour-blind-safe colours."""

from __future__ import annotations

from ..i18n import Translator, translator

FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
# Okabe–Ito palette (distinguishable with the common colour-vision deficiencies).
COLORS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]
DASHES = ["solid", "dash", "dot", "dashdot"]


def source_annotation(source_line: str, y: float, **extra: str) -> dict:
    """The "Source : …" line under a plotly figure, left-aligned, in the muted ink of captions."""
    return dict(
        text=source_line,
        xref="paper",
        yref="paper",
        x=0,
        y=y,
        showarrow=False,
        xanchor="left",
        font=dict(size=11, color="#4a4a4a"),
        **extra,
    )


def base_layout(title: str, source_line: str, height: int = 320, tr: Translator | None = None) -> dict:
    tr = tr or translator("fr")
    return dict(
        title=dict(text=title, x=0, xanchor="left", font=dict(size=15)),
        font=dict(family=FONT, size=13, color="#1e1e1e"),
        separators=tr.separators,  # French: decimal comma, space for thousands
        margin=dict(l=56, r=16, t=48, b=72),
        height=height,
        paper_bgcolor="#ffffff",
        plot_bgcolor="#ffffff",
        hovermode="x unified",
        legend=dict(orientation="h", y=-0.18, x=0),
        annotations=[source_annotation(source_line, -0.32, yanchor="top")],
    )


def empty_figure(message: str, tr: Translator | None = None) -> dict:
    layout = base_layout("", "", tr=tr)
    layout.update(xaxis=dict(visible=False), yaxis=dict(visible=False))
    layout["annotations"] = [dict(text=message, x=0.5, y=0.5, xref="paper", yref="paper", showarrow=False)]
    return {"data": [], "layout": layout}
