"""Jobs that recruit: the BMO survey by job and area, with tension indicators and the shortage list.

Pure functions of the dataset. Honesty rules carried by the data they return:
- a secret cell has no value and the status "secret", never 0;
- a ranking holds one survey year, hence one job nomenclature;
- the change since the previous year exists only between years of the same nomenclature;
- tension indicators carry their year and source. FAP 2009 jobs (2023 survey): DARES 2019 by département, région
  and France. FAP 2021 jobs (2024 on): France Travail's 2021 ROME × bassin indicators, reached through DARES's
  ROME × qualification → FAP 2021 table (``tension_by_offers`` says how a family's ROME jobs are combined). A job
  is never compared across the two nomenclatures.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from ..domain.statuses import COMPARABLE
from ..store.dataset import Dataset
from ..text import fold

PROJECTS, DIFFICULT, SEASONAL = "projets_recrutement", "part_projets_difficiles", "part_projets_saisonniers"
# URL level -> dataset level: the jobs pages say "france" where the dataset says "pays".
JOB_LEVELS = {"bassin": "bassin", "departement": "departement", "region": "region", "france": "pays"}
URL_LEVELS = {v: k for k, v in JOB_LEVELS.items()}
SORT_KEYS = ("projets", "difficiles", "saisonniers", "evolution", "metier")
TENSION_NOMENCLATURE = "FAP 2009"  # the codes of DARES's 2019 tension indicators and of the 2024 shortage list
CURRENT_NOMENCLATURE = "FAP 2021"  # BMO from 2024: tension through the ROME → FAP 2021 table
TENSION_COMPONENTS = (
    "intensite_embauches",
    "lien_formation_emploi",
    "manque_main_oeuvre",
    "non_durabilite",
    "conditions_travail",
    "inadequation_geographique",
)


@dataclass(frozen=True)
class Job:
    code: str
    year: int
    nomenclature: str
    label: str
    family: str
    family_label: str


def bmo_years(ds: Dataset) -> list[int]:
    jobs = ds.tables.get("bmo_metiers")
    return sorted({int(y) for y in jobs.year}) if jobs is not None and len(jobs) else []


def nomenclature_of(ds: Dataset, year: int) -> str | None:
    return ds.job_nomenclature.get(str(year))


def previous_comparable_year(ds: Dataset, year: int) -> int | None:
    """The survey year before ``year`` if its job codes are the same nomenclature, else None."""
    earlier = [y for y in bmo_years(ds) if y < year]
    if not earlier or nomenclature_of(ds, earlier[-1]) != nomenclature_of(ds, year):
        return None
    return earlier[-1]


@lru_cache(maxsize=8)
def jobs_of_year(ds: Dataset, year: int) -> dict[str, Job]:
    """The jobs of one survey year by code (read-only: shared by every request of this dataset)."""
    table = ds.tables["bmo_metiers"]
    rows = table[table.year == year]
    return {
        c: Job(c, year, n, lbl, f, fl)
        for c, n, lbl, f, fl in zip(rows.code, rows.nomenclature, rows.label, rows.family, rows.family_label)
    }


def find_job(ds: Dataset, code: str) -> Job | None:
    """A job by code, in the latest survey year that has it."""
    for year in reversed(bmo_years(ds)):
        job = jobs_of_year(ds, year).get(str(code).upper())
        if job is not None:
            return job
    return None


def search_jobs(ds: Dataset, query: str, limit: int = 20) -> list[Job]:
    """Jobs of the latest year of each code whose label has every word of the query as a word prefix."""
    words = fold(query).split()
    if not words:
        return []
    found: dict[str, Job] = {}
    for year in reversed(bmo_years(ds)):
        for job in jobs_of_year(ds, year).values():
            if job.label in {j.label for j in found.values()}:
                continue  # the same job in an older nomenclature: its latest code is enough
            label_words = fold(job.label).split()
            if all(any(lw.startswith(w) for lw in label_words) for w in words):
                found.setdefault(job.code, job)
    ranked = sorted(found.values(), key=lambda j: (not fold(j.label).startswith(words[0]), -j.year, j.label))
    return ranked[:limit]


def _metier_rows(ds: Dataset, indicator: str, level: str, code: str, year: int) -> pd.DataFrame:
    block = ds.block(indicator, level, code)
    rows = block[(block.breakdown == "metier").to_numpy() & (block.period == str(year)).to_numpy()]
    return pd.DataFrame(
        {
            "code": rows.breakdown_value.astype(str).to_numpy(),
            "value": rows.value.to_numpy(),
            "status": rows.status.astype(str).to_numpy(),
        }
    )


def _value(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    return frame.rename(columns={"value": name, "status": f"{name}_status"})


def area_jobs(ds: Dataset, level: str, code: str, year: int) -> pd.DataFrame:
    """Every job of the survey year in one area: projects, difficult and seasonal shares (with statuses), the
    change since the previous comparable year, the tension class where covered, the shortage-list flag."""
    jobs = jobs_of_year(ds, year)
    frame = _value(_metier_rows(ds, PROJECTS, level, code, year), "projects")
    for indicator, name in ((DIFFICULT, "difficult"), (SEASONAL, "seasonal")):
        frame = frame.merge(_value(_metier_rows(ds, indicator, level, code, year), name), on="code", how="left")
    previous = previous_comparable_year(ds, year)
    if previous is not None:
        before = _metier_rows(ds, PROJECTS, level, code, previous)
        before = before[before.status.isin(COMPARABLE)].set_index("code").value
        frame["previous"] = frame.code.map(before)
    else:
        frame["previous"] = np.nan
    comparable = (frame.previous > 0) & frame.projects.notna() & frame.projects_status.isin(COMPARABLE)
    frame["change"] = np.where(comparable, (frame.projects - frame.previous) / frame.previous * 100, np.nan)
    frame["label"] = [jobs[c].label if c in jobs else c for c in frame.code]
    frame["family"] = [jobs[c].family if c in jobs else "" for c in frame.code]
    frame["family_label"] = [jobs[c].family_label if c in jobs else "" for c in frame.code]
    nomenclature = nomenclature_of(ds, year)
    covered = nomenclature == TENSION_NOMENCLATURE
    if covered:
        frame["tension"] = _tension_classes(ds, level, code, frame.code)
    elif nomenclature == CURRENT_NOMENCLATURE:
        frame["tension"] = _fap2021_tension_classes(ds, level, code, frame.code)
    else:
        frame["tension"] = [None] * len(frame)
    frame["shortage"] = _on_shortage_list(ds, level, code, frame.code) if covered else [None] * len(frame)
    return frame.sort_values(["projects", "label"], ascending=[False, True], na_position="last").reset_index(drop=True)


def _tension_classes(ds: Dataset, level: str, code: str, codes: pd.Series) -> list[float | None]:
    """DARES 2019 tension class (1 to 5) of each job in this area, for départements, régions and France; the
    DARES file uses FAP 2009 codes, so jobs of later surveys are not covered."""
    table = ds.tables.get("tensions_dares")
    if table is None or level not in ("departement", "region", "pays"):
        return [None] * len(codes)
    rows = table[(table.level == level) & (table.code == code) & (table.nomenclature == "FAP 225")]
    classes = dict(zip(rows.fap, rows.classe))
    return [None if pd.isna(classes.get(c, np.nan)) else float(classes[c]) for c in codes]


def tension_by_offers(classes: pd.Series, offers: pd.Series) -> float | None:
    """One class for several ROME jobs: the mean of their classes weighted by the job offers each registered,
    rounded half up to a whole class (1 to 5); an unweighted mean where none has a known offer count."""
    known = classes.notna()
    classes, offers = classes[known].astype(float), offers[known].astype(float).fillna(0)
    if classes.empty:
        return None
    weight = offers.sum()
    mean = float((classes * offers).sum() / weight) if weight > 0 else float(classes.mean())
    return float(min(5, max(1, np.floor(mean + 0.5 + 1e-9))))


def fap2021_romes(ds: Dataset, fap: str) -> list[str]:
    """The ROME jobs that lead to a FAP 2021 family at some qualification."""
    links = ds.tables.get("fap2021_rome")
    if links is None:
        return []
    return sorted(set(links.rome[links.fap == fap]))


def _latest_ft_rows(ds: Dataset) -> pd.DataFrame:
    table = ds.tables.get("tensions_ft")
    if table is None or table.empty:
        return pd.DataFrame()
    return table[table.year == table.year.max()]


def ft_tension_year(ds: Dataset) -> int | None:
    rows = _latest_ft_rows(ds)
    return int(rows.year.max()) if len(rows) else None


def _bassins_of(ds: Dataset, level: str, code: str) -> set[str] | None:
    """The bassins an area holds (a bassin, the bassins of a département or région, every bassin for France)."""
    bassins = ds.level_table("bassin")
    if level == "bassin":
        return {code}
    if level == "pays":
        return set(bassins.code)
    if level in ("departement", "region"):
        return set(bassins.code[bassins[level] == code])
    return None


def _fap2021_tension_classes(ds: Dataset, level: str, code: str, codes: pd.Series) -> list[float | None]:
    """France Travail's latest ROME × bassin tension, per FAP 2021 job: every row of the job's ROME codes in
    the area's bassins, combined by ``tension_by_offers``."""
    rows, links = _latest_ft_rows(ds), ds.tables.get("fap2021_rome")
    bassins = _bassins_of(ds, level, code)
    if rows.empty or links is None or not bassins:
        return [None] * len(codes)
    here = rows[rows.bassin.isin(bassins)]
    pairs = links[["fap", "rome"]].drop_duplicates()
    joined = here.merge(pairs, on="rome")
    classes = {fap: tension_by_offers(g.classe, g.offres) for fap, g in joined.groupby("fap")}
    return [classes.get(c) for c in codes]


def shortage_region(ds: Dataset, level: str, code: str) -> tuple[str, str] | None:
    """Which list applies: the région's own (for a région, a département or a bassin in it), France's for France."""
    if level == "pays":
        return ("pays", "FR")
    if level == "region":
        return ("region", code)
    area = ds.territory(level, code)
    region = area.get("region") if area else None
    return ("region", region) if region else None


def _on_shortage_list(ds: Dataset, level: str, code: str, codes: pd.Series) -> list[bool | None]:
    """Whether each job (FAP 2009 code) is on the 2024 shortage list of the area's région (France's for France);
    None where no list applies."""
    table = ds.tables.get("metiers_penurie")
    where = shortage_region(ds, level, code)
    if table is None or where is None:
        return [None] * len(codes)
    listed = set(table[(table.level == where[0]) & (table.code == where[1])].fap)
    if not listed:
        return [None] * len(codes)
    return [c in listed for c in codes]


def area_total(ds: Dataset, level: str, code: str, year: int) -> dict:
    """The area's total of published cells and its difficult and seasonal shares, for the summary sentence."""
    out = {}
    for indicator, name in ((PROJECTS, "projects"), (DIFFICULT, "difficult"), (SEASONAL, "seasonal")):
        point = ds.point(indicator, level, code, str(year))
        out[name] = None if point is None else point.value
    return out


def sort_jobs(frame: pd.DataFrame, key: str, descending: bool) -> pd.DataFrame:
    """Sorted by one column; rows without a value (secret or not comparable) always last, never ranked as 0."""
    column = {
        "projets": "projects",
        "difficiles": "difficult",
        "saisonniers": "seasonal",
        "evolution": "change",
        "metier": "label",
    }.get(key, "projects")
    return frame.sort_values(
        [column, "label"],
        ascending=[not descending, True],
        na_position="last",
        key=lambda s: s.map(fold) if s.name == "label" else s,
    ).reset_index(drop=True)


def job_by_bassin(ds: Dataset, job: Job) -> pd.DataFrame:
    """One job across every bassin in its survey year: projects and difficult share, with statuses."""
    out = []
    for indicator, name in ((PROJECTS, "projects"), (DIFFICULT, "difficult"), (SEASONAL, "seasonal")):
        block = ds.level_block(indicator, "bassin")
        rows = block[
            (block.breakdown_value == job.code).to_numpy()
            & (block.period == str(job.year)).to_numpy()
            & (block.breakdown == "metier").to_numpy()
        ]
        out.append(
            pd.DataFrame(
                {
                    "code": rows.code.astype(str).to_numpy(),
                    name: rows.value.to_numpy(),
                    f"{name}_status": rows.status.astype(str).to_numpy(),
                }
            )
        )
    frame = out[0].merge(out[1], on="code", how="outer").merge(out[2], on="code", how="outer")
    bassins = ds.level_table("bassin").set_index("code")
    frame["name"] = frame.code.map(bassins.name)
    frame["departement"] = frame.code.map(bassins.departement)
    return frame.sort_values(["projects", "name"], ascending=[False, True], na_position="last").reset_index(drop=True)


def job_history(ds: Dataset, job: Job) -> list[dict]:
    """France's projects for this job in every survey year of the same nomenclature (the codes allow no more)."""
    history = []
    for year in bmo_years(ds):
        if nomenclature_of(ds, year) != job.nomenclature or job.code not in jobs_of_year(ds, year):
            continue
        rows = _metier_rows(ds, PROJECTS, "pays", "FR", year)
        hit = rows[rows.code == job.code]
        history.append(
            {
                "year": year,
                "projects": None if hit.empty or pd.isna(hit.value.iat[0]) else float(hit.value.iat[0]),
                "status": "na" if hit.empty else str(hit.status.iat[0]),
            }
        )
    return history


def job_tensions_by_departement(ds: Dataset, job: Job) -> pd.DataFrame:
    """DARES 2019 tension by département (FAP 2009 codes only): class and its six components (1 to 5)."""
    table = ds.tables.get("tensions_dares")
    if table is None:
        return pd.DataFrame()
    rows = table[(table.fap == job.code) & (table.level == "departement")]
    return rows[["code", "year", "classe", *TENSION_COMPONENTS]].sort_values("code").reset_index(drop=True)


def job_romes(ds: Dataset, job: Job) -> list[str]:
    """The ROME jobs of a job family: DARES's FAP 2009 ↔ ROME table, or its ROME → FAP 2021 table."""
    if job.nomenclature == CURRENT_NOMENCLATURE:
        return fap2021_romes(ds, job.code)
    links = ds.tables.get("fap_rome")
    return [] if links is None else sorted(set(links[links.fap == job.code].rome))


def job_tensions_by_bassin(ds: Dataset, job: Job) -> pd.DataFrame:
    """France Travail's latest tension by bassin for the ROME jobs of this family, one row per bassin: the
    family's class (``tension_by_offers``), its job offers and job seekers (sums), and its ROME codes there."""
    rows = _latest_ft_rows(ds)
    romes = set(job_romes(ds, job))
    rows = rows[rows.rome.isin(romes)] if len(rows) else rows
    if rows.empty:
        return pd.DataFrame()
    out = [
        {
            "bassin": bassin,
            "year": int(group.year.max()),
            "rome": ", ".join(sorted(group.rome)),
            "classe": tension_by_offers(group.classe, group.offres),
            "offres": float(group.offres.sum()),
            "demandeurs_abc": float(group.demandeurs_abc.sum()),
        }
        for bassin, group in rows.groupby("bassin")
    ]
    return pd.DataFrame(out).sort_values("bassin").reset_index(drop=True)
