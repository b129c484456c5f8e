"""Values for a choropleth: one row per territory of a level, with name, status and rank.

A choropleth colours rates and shares, never raw counts: job seekers are mapped
per 100 active people (2018 census) and as a change over one year; the counts
themselves are in the table under the map. A commune whose figure is not
published (under 5,000 inhabitants) is drawn "not published", with that reason,
as on its page.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..domain.levels import DETAIL_MIN_POPULATION, MAP_LEVELS
from ..domain.reliability import RATE_BASES, is_low
from ..i18n import N_
from ..periods import shift_month, shift_quarter
from ..store.dataset import Dataset

LEVEL_NAMES = {
    "region": N_("Régions"),
    "departement": N_("Départements"),
    "zone_emploi": N_("Zones d'emploi"),
    "bassin": N_("Bassins d'emploi (BMO)"),
    "epci": N_("Intercommunalités (EPCI)"),
    "commune": N_("Communes"),
}
CENSUS_YEAR = "2018"
SMALL = "small"  # display status: not published for communes under 5,000 inhabitants


@dataclass(frozen=True)
class MapIndicator:
    key: str
    label: str
    base: str  # the catalogue indicator mapped
    transform: str  # "value", "change" (% over one year) or "per100" (per 100 active people aged 15–64, 2018)
    unit: str
    decimals: int
    definition: str
    diverging: bool = False
    counts: str | None = None  # the count shown beside the rate in the table (its catalogue id)
    # What a computed rate stands on, for the low-reliability flag (a per-100 ratio's denominator, a change's
    # count a year before); a published rate's base is in domain/reliability.RATE_BASES.
    computed_on: str | None = None

    @property
    def rate_base(self) -> str | None:
        return self.computed_on or RATE_BASES.get(self.base)


MAP_INDICATORS = {
    m.key: m
    for m in [
        MapIndicator(
            "demandeurs_pour_100_actifs",
            N_("Demandeurs d'emploi (A à E) pour 100 actifs"),
            "demandeurs_ae",
            "per100",
            N_("pour 100 actifs"),
            1,
            N_(
                "Demandeurs d'emploi inscrits en fin de mois, toutes catégories (A à E), pour 100 actifs de 15 à "
                "64 ans au recensement de 2018. Le numérateur est du mois choisi, le dénominateur de 2018 : "
                "c'est un ordre de grandeur pour comparer les territoires, pas un taux de chômage."
            ),
            counts="demandeurs_ae",
            computed_on="actifs_1564",
        ),
        MapIndicator(
            "evolution_demandeurs",
            N_("Évolution sur un an des demandeurs d'emploi (A à E)"),
            "demandeurs_ae",
            "change",
            "%",
            1,
            N_(
                "Variation en pourcentage du nombre de demandeurs d'emploi inscrits en fin de "
                "mois, catégories A à E, par rapport au même mois un an plus tôt."
            ),
            diverging=True,
            counts="demandeurs_ae",
            computed_on="demandeurs_ae",
        ),
        MapIndicator(
            "taux_chomage",
            N_("Taux de chômage localisé (INSEE)"),
            "taux_chomage",
            "value",
            "%",
            1,
            N_("Part des chômeurs au sens du BIT dans la population active, moyenne trimestrielle CVS."),
        ),
        MapIndicator(
            "taux_chomage_rp",
            N_("Taux de chômage des 15-64 ans (recensement 2018)"),
            "taux_chomage_rp",
            "value",
            "%",
            1,
            N_(
                "Part des chômeurs déclarés parmi les actifs de 15 à 64 ans au recensement de "
                "2018 ; ne se compare pas au taux de chômage localisé."
            ),
            counts="chomeurs_1564",
        ),
        MapIndicator(
            "part_projets_difficiles",
            N_("Projets de recrutement jugés difficiles (BMO)"),
            "part_projets_difficiles",
            "value",
            "%",
            0,
            N_(
                "Part des projets de recrutement que les employeurs jugent difficiles, sur les cellules publiées "
                "de l'enquête Besoins en main-d'œuvre."
            ),
            counts="projets_recrutement",
        ),
        MapIndicator(
            "part_projets_saisonniers",
            N_("Projets de recrutement saisonniers (BMO)"),
            "part_projets_saisonniers",
            "value",
            "%",
            0,
            N_(
                "Part des projets de recrutement liés à une activité saisonnière, sur les cellules publiées de "
                "l'enquête Besoins en main-d'œuvre."
            ),
            counts="projets_recrutement",
        ),
        MapIndicator(
            "revenu_median",
            N_("Niveau de vie médian (2019)"),
            "revenu_median",
            "value",
            N_("€ par an"),
            0,
            N_("Niveau de vie médian des habitants en 2019 (Filosofi), par commune."),
        ),
        # A no-break space after "%": gettext's tools would read "% d" as a %-placeholder and refuse the catalogue.
        MapIndicator(
            "taux_pauvrete",
            N_("Taux de pauvreté (2019)"),
            "taux_pauvrete",
            "value",
            "%",
            0,
            N_("Part des habitants sous le seuil de pauvreté (60 %\u00a0du niveau de vie médian) en 2019."),
        ),
    ]
}


def _shift_year(period: str) -> str:
    if "-T" in period:
        return shift_quarter(period, -4)
    if len(period) == 7:
        return shift_month(period, -12)
    return str(int(period) - 1)


def periods_for(ds: Dataset, key: str, level: str) -> list[str]:
    indicator = MAP_INDICATORS[key]
    periods = ds.available_periods(indicator.base, level)
    if indicator.transform == "change":
        known = set(periods)
        return [p for p in periods if _shift_year(p) in known]
    return periods


# A period counts as published at a level when it covers nearly as many territories as the best-covered one:
# INSEE's newest département file, say, also gives the four single-département overseas régions, and so
# names a quarter for 4 of the 18 régions.
COMPLETE_SHARE = 0.9


def complete_periods(ds: Dataset, key: str, level: str) -> list[str]:
    """The periods at which (nearly) every territory of the level that is ever published has a value."""
    periods = periods_for(ds, key, level)
    counts = ds.coverage(MAP_INDICATORS[key].base, level)
    best = max((counts.get(p, 0) for p in periods), default=0)
    return [p for p in periods if best and counts.get(p, 0) >= COMPLETE_SHARE * best]


def default_period(ds: Dataset, key: str, level: str) -> str:
    """The latest period published at that level (the latest one of all when none is complete)."""
    complete = complete_periods(ds, key, level)
    return complete[-1] if complete else periods_for(ds, key, level)[-1]


def period_coverage(ds: Dataset, key: str, level: str, period: str) -> tuple[int, int]:
    """How many territories have a value at that period, and how many the level has."""
    return ds.coverage(MAP_INDICATORS[key].base, level).get(period, 0), len(ds.level_table(level))


def levels_for(ds: Dataset, key: str) -> list[str]:
    return [lvl for lvl in MAP_LEVELS if periods_for(ds, key, lvl)]


def _rate_base(ds: Dataset, indicator: MapIndicator, level: str, period: str, codes: pd.Series):
    """The base of each territory's rate, and its source (the census's, for job seekers per 100 active people)."""
    if indicator.rate_base is None:
        return np.full(len(codes), np.nan), np.full(len(codes), None, dtype=object)
    if indicator.transform == "change":
        period = _shift_year(period)
    elif indicator.rate_base == "actifs_1564":
        period = CENSUS_YEAR
    base = ds.level_values(indicator.rate_base, level, period).set_index("code")
    return base.value.reindex(codes).to_numpy(dtype=float), base.source.reindex(codes).to_numpy(dtype=object)


def map_table(
    ds: Dataset, key: str, level: str, period: str, dep: str | None = None, include_low: bool = False
) -> pd.DataFrame:
    """code, name, value (NaN when missing), status, source, low (a rate on a small base, see
    domain/reliability.py), base and base_source (what the rate is computed on, and its source), rank (1 = highest; low values are not ranked unless ``include_low``) and
    count (the raw count, if any)."""
    indicator = MAP_INDICATORS[key]
    territories = ds.level_table(level).reset_index(drop=True)[["code", "name", "departement", "population"]]
    if dep and level in ("commune", "epci"):
        territories = territories[territories.departement == dep]
    codes = territories.code
    current = ds.level_values(indicator.base, level, period).set_index("code")
    values = current.value.reindex(codes)
    status = current.status.reindex(codes).fillna("na")
    source = current.source.reindex(codes)
    if indicator.transform == "change":
        before = ds.level_values(indicator.base, level, _shift_year(period)).set_index("code").value.reindex(codes)
        values = 100 * (values - before) / before.where(before > 0)
    elif indicator.transform == "per100":
        active = ds.level_values("actifs_1564", level, CENSUS_YEAR).set_index("code").value.reindex(codes)
        values = 100 * values / active.where(active > 0)
    out = territories[["code", "name"]].copy()
    out["value"] = values.to_numpy(dtype=float)
    status = status.to_numpy().astype(object)
    missing = ~np.isfinite(out.value.to_numpy())
    status = np.where(missing & (status == "ok"), "na", status)
    status = np.where(missing & (status == "derived"), "na", status)
    if level == "commune" and indicator.base == "demandeurs_ae":
        small = (territories.population.fillna(0).to_numpy() < DETAIL_MIN_POPULATION) & missing
        status = np.where(small & (status == "na"), SMALL, status)
    out["status"] = status
    out["source"] = source.to_numpy()
    if indicator.counts:
        count_period = CENSUS_YEAR if indicator.counts == "chomeurs_1564" else period
        counts = ds.level_values(indicator.counts, level, count_period).set_index("code").value
        out["count"] = counts.reindex(codes).to_numpy(dtype=float)
    out["base"], out["base_source"] = _rate_base(ds, indicator, level, period, codes)
    out["low"] = is_low(out.base) & np.isfinite(out.value.to_numpy())
    ranked = out.value if include_low else out.value.where(~out.low)
    out["rank"] = ranked.rank(ascending=False, method="min")
    # Ranked values first, then unranked low-reliability ones (highest first), then territories without a value.
    return out.sort_values(["rank", "value", "name"], ascending=[True, False, True], na_position="last").reset_index(
        drop=True
    )
