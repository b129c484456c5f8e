"""Deterministic demonstration figures, in the published schema.

Used for every series that cannot be had offline. The magnitudes follow the
public orders of size (about 5.4 million jobseekers ABC and 3 million in
category A in France), but no number produced here is an official figure:
each row carries the source id ``DEMO_SOURCE`` whose manifest entry says
``demo: true`` and the interface shows "données de démonstration".

Counts are generated per commune (per arrondissement for Paris, Lyon and
Marseille) and summed upwards, so every level adds up exactly.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..periods import quarters

DEMO_SOURCE = "demo"
SEED = 20260101
FIRST_QUARTER, LAST_QUARTER = "2015-T1", "2025-T4"
YEARS = list(range(2015, 2026))
DETAIL_MIN_POPULATION = 5000  # communes below get no breakdown (area figures instead)

# Keyframes (quarter index from 2015-T1 -> value), linearly interpolated.
NATIONAL_ABC_MILLIONS = {0: 5.60, 6: 5.74, 12: 5.62, 19: 5.48, 21: 5.95, 24: 5.62, 31: 5.21,
                         35: 5.13, 39: 5.16, 43: 5.40}
SHARE_A = {0: 0.62, 19: 0.60, 21: 0.72, 24: 0.62, 31: 0.58, 43: 0.57}
NATIONAL_RATE = {0: 10.3, 19: 8.1, 22: 9.0, 31: 7.1, 34: 7.4, 39: 7.3, 43: 7.7}
NATIONAL_OFFERS_THOUSANDS = {0: 760, 19: 820, 21: 560, 27: 930, 35: 860, 43: 780}
HIRING_MILLIONS = dict(zip(YEARS, [1.74, 1.83, 1.98, 2.37, 2.70, 2.68, 2.72, 3.05, 3.04, 2.97, 2.43]))

AGE_SHARES = {"moins_25": 0.13, "25_49": 0.56, "50_plus": 0.31}
SENIORITY_SHARES = {"moins_1an": 0.52, "1_2ans": 0.20, "2ans_plus": 0.28}
JOBS = [
    ("m01", "Aides à domicile et aides ménagères"),
    ("m02", "Agents d'entretien de locaux"),
    ("m03", "Serveurs de cafés et de restaurants"),
    ("m04", "Employés polyvalents de cuisine"),
    ("m05", "Manutentionnaires et ouvriers de l'emballage"),
    ("m06", "Employés de libre-service"),
    ("m07", "Aides-soignants"),
    ("m08", "Agents d'accueil et d'information"),
    ("m09", "Secrétaires"),
    ("m10", "Conducteurs routiers"),
    ("m11", "Vendeurs en habillement"),
    ("m12", "Cuisiniers"),
    ("m13", "Ingénieurs en informatique"),
    ("m14", "Ouvriers agricoles saisonniers"),
    ("m15", "Ouvriers du second œuvre du bâtiment"),
]
JOB_LABELS = dict(JOBS)
JOB_LABELS_EN = dict(zip(JOB_LABELS.values(), [
    "Home helpers and domestic workers", "Office and building cleaners", "Café and restaurant waiters",
    "Kitchen assistants", "Handlers and packaging workers", "Self-service store employees", "Care assistants",
    "Reception and information staff", "Secretaries", "Truck drivers", "Clothing sales assistants", "Cooks",
    "Software engineers", "Seasonal farm workers", "Building finishing trades workers",
]))
HIRING_JOB_WEIGHTS = np.array([9, 7, 8, 7, 6, 5, 6, 3, 3, 5, 4, 6, 3, 10, 4], dtype=float)
SEEKER_JOB_WEIGHTS = np.array([6, 7, 4, 4, 8, 6, 3, 6, 8, 4, 5, 3, 2, 3, 4], dtype=float)


def _curve(keyframes: dict[int, float], n: int) -> np.ndarray:
    xs, ys = zip(*sorted(keyframes.items()))
    return np.interp(np.arange(n), xs, ys)


def _split(total: np.ndarray, shares: np.ndarray) -> np.ndarray:
    """Integer split of each total along the last axis; parts sum to the total exactly."""
    raw = total[..., None] * shares
    parts = np.floor(raw)
    parts[..., -1] = total - parts[..., :-1].sum(axis=-1)
    return parts


def generation_units(territories: pd.DataFrame) -> pd.DataFrame:
    """Communes, with Paris, Lyon and Marseille replaced by their arrondissements."""
    arrondissements = territories[territories.level == "arrondissement"]
    communes = territories[(territories.level == "commune") & ~territories.code.isin(arrondissements.commune)]
    units = pd.concat([communes.assign(commune=communes.code), arrondissements])
    return units.sort_values("code").reset_index(drop=True)


class _Aggregator:
    """Sums unit-level matrices to every territorial level."""

    def __init__(self, territories: pd.DataFrame, units: pd.DataFrame):
        self.units = units
        big = territories[(territories.level == "commune") & (territories.population >= DETAIL_MIN_POPULATION)]
        self.detailed_communes = set(big.code) | set(units.loc[units.level == "arrondissement", "commune"])
        self.keys = {
            "arrondissement": units.code.where(units.level == "arrondissement"),
            "commune": units.commune,
            "epci": units.epci,
            "departement": units.departement,
            "region": units.region,
            "pays": pd.Series("FR", index=units.index),
        }

    def levels(self, matrix: np.ndarray, columns: list[str], detail: bool, communes: bool = True):
        """Yields (level, DataFrame code x columns)."""
        frame = pd.DataFrame(matrix, columns=columns)
        for level, key in self.keys.items():
            if level in ("commune", "arrondissement") and not communes:
                continue
            grouped = frame.groupby(key.to_numpy(), dropna=True).sum()
            if level == "commune" and detail:
                grouped = grouped[grouped.index.isin(self.detailed_communes)]
            yield level, grouped


def _long(level: str, table: pd.DataFrame, indicator: str, breakdown: str, value: str) -> pd.DataFrame:
    out = table.rename_axis("code").reset_index().melt(id_vars="code", var_name="period", value_name="value")
    out["indicator"], out["level"] = indicator, level
    out["breakdown"], out["breakdown_value"] = breakdown, value
    return out


def generate(territories: pd.DataFrame) -> pd.DataFrame:
    rng = np.random.default_rng(SEED)
    units = generation_units(territories)
    agg = _Aggregator(territories, units)
    periods = quarters(FIRST_QUARTER, LAST_QUARTER)
    n_q, n_u = len(periods), len(units)
    t = np.arange(n_q) / 4.0

    deps = sorted(units.departement.unique())
    dep_factor = dict(zip(deps, np.exp(rng.normal(0, 0.18, len(deps)))))
    dep_f = units.departement.map(dep_factor).to_numpy()
    dep_f = np.where(units.departement.str.startswith("97"), dep_f * 2.2, dep_f)
    population = units.population.fillna(0).to_numpy(dtype=float)
    urban = np.where(population >= 20000, 1.25, np.where(population < 1000, 0.7, 1.0))
    weight = population * urban * dep_f * np.exp(rng.normal(0, 0.25, n_u))
    trend = rng.normal(0, 0.012, n_u)
    shape = weight[:, None] * np.exp(trend[:, None] * t[None, :])
    national_abc = _curve(NATIONAL_ABC_MILLIONS, n_q) * 1e6
    abc = np.rint(shape / shape.sum(axis=0) * national_abc)

    share_a = np.clip(_curve(SHARE_A, n_q)[None, :] * np.exp(rng.normal(0, 0.05, n_u))[:, None], 0.3, 0.9)
    cat_a = np.rint(abc * share_a)
    share_b = np.clip(0.40 + rng.normal(0, 0.03, n_u), 0.2, 0.6)[:, None]
    cat_b = np.floor((abc - cat_a) * share_b)
    cat_c = abc - cat_a - cat_b

    frames = []
    for indicator, matrix, detail in (("demandeurs_abc", abc, False), ("demandeurs_a", cat_a, False),
                                      ("demandeurs_b", cat_b, True), ("demandeurs_c", cat_c, True)):
        for level, table in agg.levels(matrix, periods, detail):
            frames.append(_long(level, table, indicator, "total", "total"))

    q4 = [i for i, p in enumerate(periods) if p.endswith("-T4")]
    q4_periods = [periods[i] for i in q4]
    women_share = np.clip(0.50 + rng.normal(0, 0.025, n_u), 0.35, 0.65)
    age_shares = rng.dirichlet(np.array(list(AGE_SHARES.values())) * 60, n_u)
    seniority_shares = rng.dirichlet(np.array(list(SENIORITY_SHARES.values())) * 60, n_u)
    for indicator, matrix in (("demandeurs_abc", abc), ("demandeurs_a", cat_a)):
        totals = matrix[:, q4]
        splits = {
            "sexe": (["femmes", "hommes"], _split(totals, np.stack([women_share, 1 - women_share], 1)[:, None, :])),
            "age": (list(AGE_SHARES), _split(totals, age_shares[:, None, :])),
            "anciennete": (list(SENIORITY_SHARES), _split(totals, seniority_shares[:, None, :])),
        }
        for dimension, (values, parts) in splits.items():
            for k, value in enumerate(values):
                for level, table in agg.levels(parts[..., k], q4_periods, detail=True):
                    frames.append(_long(level, table, indicator, dimension, value))

    latest = abc[:, -1]
    seeker_jobs = _split(latest[:, None], rng.dirichlet(SEEKER_JOB_WEIGHTS * 3, n_u)[:, None, :])[:, 0, :]
    for k, (job, _) in enumerate(JOBS):
        for level, table in agg.levels(seeker_jobs[:, k:k + 1], [LAST_QUARTER], detail=True, communes=False):
            frames.append(_long(level, table, "demandeurs_abc", "metier", job))

    activity = population * np.exp(rng.normal(0, 0.35, n_u))
    offers = np.rint(activity[:, None] / activity.sum() * _curve(NATIONAL_OFFERS_THOUSANDS, n_q)[None, :] * 1e3
                     * np.exp(rng.normal(0, 0.08, (n_u, n_q))))
    for level, table in agg.levels(offers, periods, detail=True, communes=False):
        frames.append(_long(level, table, "offres_emploi", "total", "total"))

    years = [str(y) for y in YEARS]
    hiring_curve = np.array([HIRING_MILLIONS[y] for y in YEARS]) * 1e6
    hiring = np.rint(activity[:, None] / activity.sum() * hiring_curve[None, :]
                     * np.exp(rng.normal(0, 0.10, (n_u, len(YEARS)))))
    for level, table in agg.levels(hiring, years, detail=True, communes=False):
        frames.append(_long(level, table, "projets_recrutement", "total", "total"))
    hiring_jobs = _split(hiring[:, -1:], rng.dirichlet(HIRING_JOB_WEIGHTS * 3, n_u)[:, None, :])[:, 0, :]
    for k, (job, _) in enumerate(JOBS):
        for level, table in agg.levels(hiring_jobs[:, k:k + 1], [years[-1]], detail=True, communes=False):
            frames.append(_long(level, table, "projets_recrutement", "metier", job))

    frames.append(_unemployment_rates(territories, dep_factor, periods, rng))

    observations = pd.concat(frames, ignore_index=True)
    observations["status"] = "ok"
    observations["source"] = DEMO_SOURCE
    return observations


def _unemployment_rates(territories, dep_factor, periods, rng) -> pd.DataFrame:
    national = _curve(NATIONAL_RATE, len(periods))
    deps = territories[territories.level == "departement"].sort_values("code")
    factor = deps.code.map(dep_factor).to_numpy() ** 0.8
    factor = np.where(deps.code.str.startswith("97"), factor * 1.9, factor)
    noise = np.exp(rng.normal(0, 0.02, (len(deps), len(periods))))
    raw = factor[:, None] * national[None, :] * noise
    pop = deps.population.to_numpy(dtype=float)
    # Rescale so that the population-weighted mean of departments is the national curve.
    raw *= national / (pop[:, None] * raw).sum(axis=0) * pop.sum()
    dep_table = pd.DataFrame(np.round(raw, 1), index=deps.code.to_numpy(), columns=periods)
    weighted = pd.DataFrame(raw * pop[:, None], columns=periods).groupby(deps.region.to_numpy()).sum()
    reg_pop = pd.Series(pop).groupby(deps.region.to_numpy()).sum()
    reg_table = (weighted.div(reg_pop, axis=0)).round(1)
    nat_table = pd.DataFrame([np.round(national, 1)], index=["FR"], columns=periods)
    return pd.concat([
        _long("departement", dep_table, "taux_chomage", "total", "total"),
        _long("region", reg_table, "taux_chomage", "total", "total"),
        _long("pays", nat_table, "taux_chomage", "total", "total"),
    ])
