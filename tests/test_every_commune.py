"""Every commune of the referential gets a truthful answer about itself.

For each commune: its page renders; its payload exists; the headline leads with the commune's own figures, and any figure of a
larger territory is labelled with that territory; a comparison row uses one period. The walk covers every
commune with ``EVERY_COMMUNE=1`` (see the closing note of issue 26 for its duration); by default it covers every commune whose case is special
(re-created, merged or recoded since the sources' vintages, arrondissement-holding, overseas, with a copied or
conflicting series) and one commune in fifty of the others, in a fixed order.
"""

from __future__ import annotations

import json
import os

import pytest

from dashboard.i18n import translator
from dashboard.pages.territory_view import headline_tiles
from dashboard.payloads.territory import territory_payload

SPECIAL = {
    "15031", "15035", "15047", "15171", "60694", "85165", "85212", "15141", "60054", "85084",  # re-created
    "25060", "12218", "49126",  # merged, or with sources filed under a former code
    "75056", "69123", "13055", "33063", "97411", "97101", "97611", "2A004", "80829",  # big, overseas, Corsica, "Y"
    "54390", "54431", "77333", "02001",  # a copied series, two values for one month, a small commune
}  # fmt: skip


def _communes(ds) -> list[str]:
    codes = sorted(ds.level_table("commune").code)
    if os.environ.get("EVERY_COMMUNE") == "1":
        shard, shards = (int(n) for n in os.environ.get("COMMUNE_SHARD", "0/1").split("/"))
        return codes[shard::shards]  # COMMUNE_SHARD=0/2 and 1/2 split the walk between two processes
    return sorted(SPECIAL | set(codes[::50]))


def _tiles(tree) -> dict[str, list[dict]]:
    """The headline's tile groups (own, context) as component dictionaries."""
    found: dict[str, list[dict]] = {}

    def walk(node):
        if isinstance(node, dict):
            props = node.get("props", {})
            if props.get("id") in ("tiles-own", "tiles-context"):
                found[props["id"]] = props["children"]
            for value in props.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(json.loads(json.dumps(tree, default=lambda c: c.to_plotly_json())))
    return found


def _has_place(tile: dict) -> bool:
    return "tile-place" in json.dumps(tile)


def test_every_commune_answers_for_itself(client, dataset):
    from dashboard.pages.commune import layout
    from dashboard.store import runtime

    tr = translator("fr")
    problems = []
    with client.application.test_request_context("/commune/33063"):
        runtime.snapshot()
        for code in _communes(dataset):
            problems += _problems(dataset, code, tr)
            page = json.dumps(layout(tr, code=code), default=lambda c: c.to_plotly_json(), ensure_ascii=False)
            if "Un problème est survenu" in page or "chiffres-cles" not in page:
                problems.append((code, "the page does not render"))
    assert not problems, problems[:20]


def _problems(dataset, code: str, tr) -> list[tuple[str, str]]:
    problems = []
    payload = territory_payload(dataset, "commune", code)
    if payload is None:
        return [(code, "no page")]
    js = payload["jobseekers"]
    subject = js["subject"]
    if js["reason"] is None and (subject["level"], subject["code"]) != ("commune", code):
        problems.append((code, "job seekers of another territory presented as the commune's"))
    tiles = _tiles(headline_tiles(payload, tr))
    own, context = tiles.get("tiles-own", []), tiles.get("tiles-context", [])
    if not own:
        problems.append((code, "no figure of its own (a commune has at least its population)"))
    elif _has_place(own[0]):
        problems.append((code, "the first key figure is another territory's"))
    if any(not _has_place(tile) for tile in context):
        problems.append((code, "a context figure without the name of its territory"))
    rates = payload["rates"]
    common = {row["common"]["period"] for row in rates["rows"] if row.get("common")}
    if common - {rates["common_period"]}:
        problems.append((code, f"rates compared at several periods: {sorted(common)}"))
    for row in payload["census"]["rows"]:
        periods = {v["period"] for v in row["values"] if v.get("value") is not None}
        if len(periods) > 1:
            problems.append((code, f"{row['indicator']} compared at several periods: {sorted(periods)}"))
    return problems


@pytest.mark.parametrize("code", sorted(SPECIAL))
def test_special_communes_render(client, code):
    from tests.conftest import page_text

    text = page_text(client, f"/commune/{code}")
    assert "Un problème est survenu" not in text and "chiffres-cles" in text


@pytest.mark.parametrize(
    "path, target", [("/commune/12076", "/commune/12218"), ("/en/commune/12076", "/en/commune/12218")]
)
def test_a_former_insee_code_leads_to_todays_commune(client, path, target):
    """Conques (12076) is part of Conques-en-Rouergue (12218) since 2016: an old link still finds it."""
    response = client.get(path)
    assert response.status_code == 301 and response.headers["Location"] == target
    assert client.get("/commune/99999").status_code == 404
