"""Values for a choropleth: one row per territory of a level, with name and rank."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..i18n import N_
from ..periods import shift_quarter
from ..store.dataset import Dataset

LEVEL_NAMES = {"region": N_("Régions"), "departement": N_("Départements"), "zone_emploi": N_("Zones d'emploi"),
               "epci": N_("Intercommunalités (EPCI)"), "commune": N_("Communes")}


@dataclass(frozen=True)
class MapIndicator:
    key: str
    label: str
    base: str
    transform: str  # "value", "change" (% over one year) or "per1000" (per 1,000 inhabitants)
    unit: str
    decimals: int
    diverging: bool = False


MAP_INDICATORS = {m.key: m for m in [
    MapIndicator("demandeurs_abc", N_("Demandeurs d'emploi A, B, C"), "demandeurs_abc", "value", N_("personnes"), 0),
    MapIndicator("demandeurs_a", N_("Demandeurs d'emploi en catégorie A"), "demandeurs_a", "value", N_("personnes"),
                 0),
    MapIndicator("evolution_abc", N_("Évolution sur un an des demandeurs A, B, C"), "demandeurs_abc", "change", "%",
                 1, diverging=True),
    MapIndicator("abc_pour_1000", N_("Demandeurs A, B, C pour 1 000 habitants"), "demandeurs_abc", "per1000",
                 N_("pour 1 000 hab."), 1),
    MapIndicator("taux_chomage", N_("Taux de chômage localisé"), "taux_chomage", "value", "%", 1),
    MapIndicator("offres_emploi", N_("Offres d'emploi enregistrées"), "offres_emploi", "value", N_("offres"), 0),
    MapIndicator("projets_recrutement", N_("Projets de recrutement (BMO)"), "projets_recrutement", "value",
                 N_("projets"), 0),
]}


def periods_for(ds: Dataset, key: str, level: str) -> list[str]:
    indicator = MAP_INDICATORS[key]
    periods = ds.available_periods(indicator.base, level)
    return periods[4:] if indicator.transform == "change" else periods


def levels_for(ds: Dataset, key: str) -> list[str]:
    return [lvl for lvl in LEVEL_NAMES if ds.available_periods(MAP_INDICATORS[key].base, lvl)]


def map_table(ds: Dataset, key: str, level: str, period: str, dep: str | None = None) -> pd.DataFrame:
    """code, name, value (NaN when missing or secret), status, source, rank (1 = highest)."""
    indicator = MAP_INDICATORS[key]
    territories = ds.level_table(level).reset_index(drop=True)[["code", "name", "departement", "population"]]
    if dep and level in ("commune", "epci"):
        territories = territories[territories.departement == dep]
    current = ds.level_values(indicator.base, level, period).set_index("code")
    values = current.value.reindex(territories.code)
    status = current.status.reindex(territories.code).fillna("na")
    source = current.source.reindex(territories.code)
    if indicator.transform == "change":
        before = ds.level_values(indicator.base, level, shift_quarter(period, -4)).set_index("code").value
        previous = before.reindex(territories.code)
        values = 100 * (values - previous) / previous.where(previous > 0)
    elif indicator.transform == "per1000":
        population = territories.set_index("code").population.astype(float)
        values = 1000 * values / population.where(population > 0)
    out = territories[["code", "name"]].copy()
    out["value"] = values.to_numpy(dtype=float)
    out["status"] = np.where(np.isfinite(out.value), status.to_numpy(), np.where(status == "ok", "na", status))
    out["source"] = source.to_numpy()
    out["rank"] = out.value.rank(ascending=False, method="min")
    return out.sort_values(["rank", "name"], na_position="last").reset_index(drop=True)
