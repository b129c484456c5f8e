"""The one "Source : …" line, used by every chart, caption, export and embed.

It names each source with its vintage, the period shown, says when some values
were computed here from published ones, and flags demonstration data.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..i18n import N_, Translator, localized

DEMO_FLAG = N_("DONNÉES DE DÉMONSTRATION")
DERIVED_NOTE = N_("certaines valeurs sont calculées par Emploi-Territoires à partir des valeurs publiées")
PARTIAL_NOTE = N_("une somme partielle ne compte pas sa partie secrète : c'est un minimum, sans évolution calculée")


def _ids(source_ids: Iterable[str | None]) -> list[str]:
    return [s for s in dict.fromkeys(source_ids) if s]


def source_names(
    sources: dict[str, dict], source_ids: Iterable[str | None], tr: Translator, with_vintage: bool = True
) -> list[str]:
    out = []
    for sid in _ids(source_ids):
        src = sources.get(sid, {})
        name = localized(src, "name", tr.lang) or sid
        publisher = localized(src, "publisher", tr.lang)
        text = f"{publisher}, {name}" if publisher and publisher not in name else name
        vintage = localized(src, "vintage", tr.lang)
        out.append(f"{text} ({vintage})" if with_vintage and vintage else text)
    return out


def cited_sources(sources: dict[str, dict], source_ids: Iterable[str | None], tr: Translator) -> str:
    """The producers a citation names: those of the values shown, not every source the indicator has had."""
    return " ; ".join(source_names(sources, source_ids, tr, with_vintage=False)) or tr("source non renseignée")


def source_body(line: str, tr: Translator) -> str:
    """A source line without its leading "Source : ", for a field already labelled "Source"."""
    prefix = tr("Source : {names}", names="")
    return line[len(prefix) :] if line.startswith(prefix) else line


def is_demo(sources: dict[str, dict], source_ids: Iterable[str | None]) -> bool:
    return any(sources.get(s, {}).get("demo") for s in _ids(source_ids))


def period_range(periods: list[str], tr: Translator) -> str:
    """'janvier 2020 – décembre 2024' for a series, or the single period."""
    known = [p for p in periods if p]
    if not known:
        return ""
    if known[0] == known[-1]:
        return tr.period(known[0])
    return f"{tr.period(known[0])} – {tr.period(known[-1])}"


def source_line(
    sources: dict[str, dict],
    source_ids: Iterable[str | None],
    tr: Translator,
    period: str | None = None,
    statuses: Iterable[str] = (),
    with_vintage: bool = True,
) -> str:
    names = source_names(sources, source_ids, tr, with_vintage)
    text = tr("Source : {names}", names=" ; ".join(names)) if names else tr("Source : non renseignée")
    if period:
        text += " — " + tr("période : {period}", period=period)
    shown = set(statuses)
    if "derived" in shown:
        text += " — " + tr(DERIVED_NOTE)
    if "partial" in shown:
        text += " — " + tr(PARTIAL_NOTE)
    if is_demo(sources, source_ids):
        text += " — " + tr(DEMO_FLAG)
    return text
