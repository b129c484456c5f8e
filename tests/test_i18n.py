"""French at /…, English at /en/…: the catalogue, the routing, the pages and the exports."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from dashboard import i18n
from dashboard.formatting import format_number, format_percent, format_period
from tests.conftest import page_text

PACKAGE = Path(__file__).resolve().parents[1] / "dashboard"
PLACEHOLDER = re.compile(r"\{(\w+)\}")
CATALOGUE = PACKAGE / "locales" / "en" / "LC_MESSAGES"


def _read(path: Path, reader) -> dict[str, str | tuple[str, ...]]:
    with path.open("rb") as file:
        catalog = reader(file)
    return {
        (m.id if isinstance(m.id, str) else m.id[0]): (m.string if isinstance(m.string, str) else tuple(m.string))
        for m in catalog
        if m.id
    }


MESSAGES = _read(CATALOGUE / "messages.po", read_po)
PLURALS = {m.id[0]: m.id[1] for m in read_po((CATALOGUE / "messages.po").open("rb")) if m.pluralizable}


def marked_texts() -> dict[str, str]:
    """Every French text passed as a literal to tr(…), tr.plural(…) or N_(…) in the package, with where it is."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name in ("tr", "N_", "plural"):
                found.setdefault(node.args[0].value, f"{path.relative_to(PACKAGE)}:{node.lineno}")
    return found


def test_every_marked_text_has_an_english_translation():
    texts = marked_texts()
    assert len(texts) > 250  # the scan does find the texts
    missing = {text: where for text, where in texts.items() if text not in MESSAGES}
    assert not missing, missing


def test_catalogue_has_no_stale_entry():
    stale = set(MESSAGES) - set(marked_texts())
    assert not stale, stale


def test_translations_keep_their_placeholders():
    def forms(fr: str, en) -> list[tuple[str, str]]:
        return [(fr, en)] if isinstance(en, str) else [(fr, en[0]), (PLURALS[fr], en[1])]

    wrong = {
        fr: en
        for fr, en in MESSAGES.items()
        for source, text in forms(fr, en)
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)) or not text.strip()
    }
    assert not wrong, wrong
    assert PLURALS  # the check above did see plural entries


def test_compiled_catalogue_is_the_po_file():
    """The .mo the app reads holds exactly the .po's translations (`make translations` compiles it)."""
    assert _read(CATALOGUE / "messages.mo", read_mo) == MESSAGES


@pytest.mark.parametrize(
    "n,fr,en",
    [
        (0, "0 territoire sans valeur", "0 areas without a value"),
        (1, "1 territoire sans valeur", "1 area without a value"),
        (3, "3 territoires sans valeur", "3 areas without a value"),
    ],
)
def test_plurals_follow_each_language(n, fr, en):
    for lang, expected in (("fr", fr), ("en", en)):
        tr = i18n.translator(lang)
        assert tr.plural("{count} territoire sans valeur", "{count} territoires sans valeur", n, count=n) == expected


def test_points_agree_with_their_number():
    from dashboard.pages.kpi_format import points

    fr, en = i18n.translator("fr"), i18n.translator("en")
    assert points(-2.1, 1, fr) == "\u22122,1\u00a0points" and points(0.5, 1, fr) == "+0,5\u00a0point"
    assert points(1, 0, en) == "+1\u00a0point" and points(0.5, 1, en) == "+0.5\u00a0points"


@pytest.mark.parametrize(
    "path,lang,bare,english",
    [
        ("/", "fr", "/", "/en"),
        ("/en", "en", "/", "/en"),
        ("/en/", "en", "/", "/en"),
        ("/commune/33063", "fr", "/commune/33063", "/en/commune/33063"),
        ("/en/carte?niveau=commune", "en", "/carte?niveau=commune", "/en/carte?niveau=commune"),
        ("/entreprises", "fr", "/entreprises", "/en/entreprises"),
    ],
)
def test_paths_per_language(path, lang, bare, english):
    assert i18n.lang_of_path(path) == lang
    assert i18n.strip_lang(path) == bare
    assert i18n.localize(path, "en") == english
    assert i18n.localize(path, "fr") == bare


def test_translator_formats_numbers_and_periods_per_language():
    fr, en = i18n.translator("fr"), i18n.translator("en")
    assert fr.number(29190) == "29\u202f190" and en.number(29190) == "29,190"
    assert fr.percent(6.43) == "6,4\u00a0%" and en.percent(6.43) == "6.4%"
    assert fr.period("2023-T3") == "T3 2023" and en.period("2023-T3") == "Q3 2023"
    assert en("Carte") == "Map" and fr("Carte") == "Carte"
    assert en("Comparaison, fin {period}", period=en.period("2024-12")) == "Comparison, end of December 2024"
    assert i18n.translator("de").lang == "fr"  # unknown language: the default
    assert format_number(-1234.5, 1, "en") == "\u22121,234.5"
    assert format_percent(12.0, 1, "en", signed=True) == "+12.0%" and format_period("2024-06", "en") == "June 2024"


def test_missing_translation_falls_back_to_french_and_is_recorded():
    en = i18n.translator("en")
    assert en("Texte absent du catalogue {n}", n=3) == "Texte absent du catalogue 3"
    assert "Texte absent du catalogue {n}" in i18n.MISSING
    i18n.MISSING.discard("Texte absent du catalogue {n}")


EN_PAGES = [
    "/en",
    "/en/commune/33063",
    "/en/commune/01001",
    "/en/commune/75101",
    "/en/territoire/departement/33",
    "/en/territoire/bassin/7532",
    "/en/territoire/pays/FR",
    "/en/carte",
    "/en/indicateurs",
    "/en/indicateurs/SAT_ENT_PERTINENCE_CANDIDATS",
    "/en/a-propos",
    "/en/accessibilite",
    "/en/pas-de-page",
]
# French words of our own interface (place names and quoted publication titles are French in both languages).
FRENCH_UI = [
    "Demandeurs d'emploi",
    "Chiffres clés",
    "Voir les données",
    "Exporter, intégrer",
    "Évolution sur",
    "Taux de chômage localisé",
    "Période",
    "Indicateur",
    "Source :",
    "Données de démonstration",
    "Cible atteinte",
    "Page introuvable",
    " habitants (",
]


def own_text(tree) -> str:
    """The texts of a component tree, without the parts marked lang="fr" (quoted French publications)."""
    if isinstance(tree, dict):
        props = tree.get("props")
        if isinstance(props, dict) and props.get("lang") == "fr":
            return ""
        return " ".join(own_text(v) for v in tree.values())
    if isinstance(tree, list):
        return " ".join(own_text(v) for v in tree)
    return tree if isinstance(tree, str) else ""


@pytest.mark.parametrize("path", EN_PAGES)
def test_english_pages_are_in_english(client, path):
    text = own_text(json.loads(page_text(client, path)))
    assert "Something went wrong" not in text
    french = [w for w in FRENCH_UI if w in text]
    assert not french, french
    assert not i18n.MISSING, i18n.MISSING


def test_english_commune_page_content(client, dataset):
    text = page_text(client, "/en/commune/33063")
    assert "33,710" in text and "end of December 2024" in text and "categories A to E" in text  # 29,190-style
    assert "Demonstration data" not in text and "14.5%" in text and "Q3 2023" in text
    assert '"href": "/en/territoire/departement/33"' in text  # links stay in English
    assert '"lang": "en"' in text  # the callbacks' store knows the language
    assert "France excluding Mayotte" in text  # descriptive names are translated, not places
    fr = page_text(client, "/commune/33063")
    assert "fin décembre 2024" in fr and '"href": "/territoire/departement/33"' in fr


def test_english_small_commune_explains_in_english(client):
    text = page_text(client, "/en/commune/01001")
    assert "only published for communes of 5,000 inhabitants or more" in text and "here are those of Ain" in text


def test_english_indicators_use_catalogue_labels_and_definitions(client, dataset):
    row = dataset.kpi_catalogue.set_index("indicator_id").loc["RETOURS_EMPLOI"]
    text = page_text(client, "/en/indicateurs/RETOURS_EMPLOI")
    assert row.label_en in text and row.definition_en[:60] in text
    assert row.definition_fr[:60] not in text
    assert "of companies satisfied with the relevance of the shortlisted candidates" in page_text(
        client, "/en/indicateurs"
    )


def test_english_map_labels_and_separators(client, dataset):
    text = page_text(client, "/en/carte", "?niveau=commune&dep=33")
    assert "Jobseekers (A to E) per 100 people in the labour force — Communes of department 33" in text
    assert '"children": "33,710"' in text  # table: 33,710-style counts
    french = page_text(client, "/carte", "?niveau=commune&dep=33")
    assert '"children": "33\u202f710"' in french

    def bordeaux_tip(path):
        page = client.get(path).get_data(as_text=True)
        colours = json.loads(re.search(r'<script[^>]*class="map-colours"[^>]*>(.*?)</script>', page, re.S).group(1))
        return colours["tips"][colours["codes"].index("33063")], colours["where"]

    assert bordeaux_tip("/en/carte?niveau=commune&dep=33") == (
        ["25.9 per 100 in the labour force", "13"],
        "December 2024 · rank {rank} of 58",
    )
    assert bordeaux_tip("/carte?niveau=commune&dep=33") == (
        ["25,9 pour 100 actifs", "13"],
        "décembre 2024 · rang {rank} sur 58",
    )


@pytest.mark.parametrize(
    "path,status",
    [
        ("/en", 200),
        ("/en/", 200),
        ("/en/commune/33063", 200),
        ("/en/commune/99999", 404),
        ("/en/carte", 200),
        ("/en/nope", 404),
        ("/en/territoire/region/75", 200),
        ("/en/indicateurs/NOPE", 404),
    ],
)
def test_english_http_statuses_and_lang_attribute(client, path, status):
    response = client.get(path)
    assert response.status_code == status
    assert b'<html lang="en"' in response.data
    assert b'<html lang="fr"' in client.get(i18n.strip_lang(path)).data
    public = client.application.config["SETTINGS"].public_url
    bare = i18n.strip_lang(path)
    page = response.get_data(as_text=True)
    # Absolute alternates, as search engines require them, with a default for other languages.
    assert f'<link rel="alternate" hreflang="fr" href="{public}{bare}">' in page
    assert f'<link rel="alternate" hreflang="en" href="{public}{i18n.localize(bare, "en")}">' in page
    assert f'<link rel="alternate" hreflang="x-default" href="{public}{bare}">' in page


def test_shell_follows_the_language_of_the_page_asking_for_it(client):
    english = json.dumps(client.get("/_dash-layout", headers={"Referer": "http://x/en/carte"}).get_json())
    french = json.dumps(
        client.get("/_dash-layout", headers={"Referer": "http://x/carte"}).get_json(), ensure_ascii=False
    )
    assert "Skip to content" in english and '"href": "/en/carte"' in english and '"lang": "fr"' in english
    assert "Aller au contenu" in french and '"href": "/carte"' in french and '"lang": "en"' in french


def test_english_exports_and_embed(client):
    csv = client.get("/export/demandeurs.csv?code=33063&lang=en").data.decode("utf-8-sig")
    assert csv.startswith("# Title: Jobseekers registered at the end of the month, categories A to E — Bordeaux")
    assert "# Permalink: " in csv and "/en/commune/33063" in csv and "accessed on" in csv
    assert "Period,Period code,Categories A to E" in csv.replace('"', "")
    embed = client.get("/embed/recensement?code=33063&lang=en").data.decode()
    assert '<html lang="en"' in embed and "census definition" in embed and "Gironde" in embed
    assert client.get("/export/demandeurs.csv?code=33063&lang=xx").status_code == 422
    french = client.get("/export/demandeurs.csv?code=33063").data.decode("utf-8-sig")
    assert french.startswith("# Titre : Demandeurs d'emploi inscrits en fin de mois, catégories A à E — Bordeaux")
