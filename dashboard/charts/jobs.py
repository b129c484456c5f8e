"""The charts of the jobs pages: an area's jobs ranked by hiring projects, and one job's top bassins."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ..domain.citation import is_demo, source_line
from ..domain.indicators import localized as field
from ..domain.levels import place_name
from ..domain.statuses import status_label
from ..figures.bars import horizontal_bars
from ..figures.svg import bar_chart
from ..i18n import Translator, translator
from ..payloads import jobs as J
from ..store.runtime import dataset
from .map import share_choropleth
from .spec import BadChartState, ChartNotFound, ChartSpec, lang_of, with_lang

TOP = 15
PARAMS = {
    "metiers": frozenset({"niveau", "code", "annee", "famille", "lang"}),
    "metier": frozenset({"code", "lang"}),
    "metier-carte": frozenset({"code", "lang"}),
}


@dataclass(frozen=True)
class AreaJobsState:
    """An area's jobs: the URL level (bassin, departement, region, france), its code, the survey year, a family."""

    level: str
    code: str
    year: int
    family: str = ""
    lang: str = "fr"

    @classmethod
    def from_query(cls, params: dict) -> AreaJobsState:
        lang = lang_of(params)
        level = str(params.get("niveau") or "")
        if level not in J.JOB_LEVELS:
            raise BadChartState(f"niveau doit valoir l'un de : {', '.join(J.JOB_LEVELS)}")
        ds = dataset()
        code = str(params.get("code") or "").upper()
        if ds.territory(J.JOB_LEVELS[level], code) is None:
            raise ChartNotFound(f"territoire inconnu : « {code[:12]} »")
        years = J.bmo_years(ds)
        if not years:
            raise ChartNotFound("aucune enquête BMO dans le jeu de données publié")
        raw_year = str(params.get("annee") or "")
        year = int(raw_year) if raw_year.isascii() and raw_year.isdigit() and int(raw_year) in years else years[-1]
        families = {j.family for j in J.jobs_of_year(ds, year).values()}
        family = str(params.get("famille") or "")
        return cls(level, code, year, family if family in families else "", lang)

    def to_query(self) -> dict[str, str]:
        query = {"niveau": self.level, "code": self.code, "annee": str(self.year)}
        if self.family:
            query["famille"] = self.family
        return with_lang(query, self.lang)

    @property
    def area(self) -> dict:
        found = dataset().territory(J.JOB_LEVELS[self.level], self.code)
        assert found is not None  # from_query checked it
        return found

    @property
    def tr(self) -> Translator:
        return translator(self.lang)


def area_state_query(params: dict) -> dict[str, str]:
    return AreaJobsState.from_query(params).to_query()


def shares_text(row, tr: Translator) -> str:
    if pd.isna(row.projects):
        return tr("secret statistique")
    if pd.isna(row.difficult):
        return tr("{count} projets", count=tr.number(row.projects))
    return tr("{count} projets, {share} difficiles", count=tr.number(row.projects), share=tr.percent(row.difficult, 0))


def _source_line(tr: Translator, year: int, statuses) -> str:
    return source_line(dataset().sources, ["bmo"], tr, str(year), statuses)


def area_jobs_chart(params: dict) -> ChartSpec:
    state = AreaJobsState.from_query(params)
    tr, ds = state.tr, dataset()
    frame = J.area_jobs(ds, J.JOB_LEVELS[state.level], state.code, state.year)
    if state.family:
        frame = frame[frame.family == state.family].reset_index(drop=True)
    if frame.empty:
        raise ChartNotFound(tr("pas de projets de recrutement publiés pour ce territoire"))
    name = place_name(state.area, tr)
    top = frame[frame.projects.notna()].head(TOP)
    labels, values = list(top.label), [float(v) for v in top.projects]
    texts = [shares_text(row, tr) for row in top.itertuples()]
    title = tr("Les métiers qui recrutent le plus — {area}, BMO {year}", area=name, year=state.year)
    line = _source_line(tr, state.year, frame.projects_status.unique())
    nomenclature = J.nomenclature_of(ds, state.year)

    def table() -> pd.DataFrame:
        return pd.DataFrame(
            {
                tr("Métier"): frame.label,
                tr("Code métier ({nomenclature})", nomenclature=nomenclature): frame.code,
                tr("Projets de recrutement"): frame.projects,
                tr("Part jugée difficile (%)"): frame.difficult.round(1),
                tr("Part saisonnière (%)"): frame.seasonal.round(1),
                tr("Évolution sur un an (%)"): frame.change.round(1),
                tr("Statut"): [tr(status_label(s)) for s in frame.projects_status],
            }
        )

    summary = tr(
        "En {year}, les employeurs de {area} prévoient le plus de recrutements pour : {jobs}.",
        year=state.year,
        area=name,
        jobs="; ".join(f"{lbl} ({t})" for lbl, t in zip(labels[:5], texts[:5])),
    )
    entry = ds.indicators.get(J.PROJECTS, {})
    return ChartSpec(
        chart="metiers",
        params=state.to_query(),
        title=title,
        subtitle=tr("Enquête Besoins en main-d'œuvre, somme des cellules publiées"),
        source=field(entry, "source", tr.lang),
        source_line=line,
        definition=field(entry, "definition", tr.lang),
        period=str(state.year),
        demo=is_demo(ds.sources, ["bmo"]),
        page=tr.href(jobs_path(state.level, state.code)),
        make_figure=lambda: horizontal_bars(labels, values, title, line, tr, 0, texts=texts),
        make_table=table,
        make_svg=lambda layout: bar_chart(labels, values, tr, layout, 0, texts=texts),
        summary=summary,
        lang=tr.lang,
        vintage=field(ds.sources.get("bmo", {}), "vintage", tr.lang),
    )


def _known_job(code: str) -> J.Job:
    job = J.find_job(dataset(), code)
    if job is None:
        raise ChartNotFound(f"métier inconnu : « {code[:12]} »")
    return job


@dataclass(frozen=True)
class JobState:
    """One job (its code in the survey's nomenclature), in one language."""

    code: str
    lang: str = "fr"

    @classmethod
    def from_query(cls, params: dict) -> JobState:
        return cls(_known_job(str(params.get("code") or "")).code, lang_of(params))

    def to_query(self) -> dict[str, str]:
        return with_lang({"code": self.code}, self.lang)

    @property
    def job(self) -> J.Job:
        return _known_job(self.code)


def job_state_query(params: dict) -> dict[str, str]:
    return JobState.from_query(params).to_query()


def _job_spec_fields(state: JobState, job: J.Job, indicator: str, tr: Translator) -> dict:
    """What a job's two charts say alike: permalink, code, the indicator's source and definition, survey year."""
    ds = dataset()
    entry = ds.indicators.get(indicator, {})
    return dict(
        params=state.to_query(),
        subtitle=tr("Code {nomenclature} {code}", nomenclature=job.nomenclature, code=job.code),
        source=field(entry, "source", tr.lang),
        definition=field(entry, "definition", tr.lang),
        period=str(job.year),
        demo=is_demo(ds.sources, ["bmo"]),
        page=tr.href(f"/metier/{job.code}"),
        lang=tr.lang,
        vintage=field(ds.sources.get("bmo", {}), "vintage", tr.lang),
    )


def job_chart(params: dict) -> ChartSpec:
    state = JobState.from_query(params)
    tr, ds, job = translator(state.lang), dataset(), state.job
    frame = J.job_by_bassin(ds, job)
    top = frame[frame.projects.notna()].head(TOP)
    labels = [f"{n} ({d})" for n, d in zip(top.name, top.departement)]
    values = [float(v) for v in top.projects]
    texts = [shares_text(row, tr) for row in top.itertuples()]
    title = tr(
        "{job} : les bassins où les employeurs prévoient le plus de recrutements, BMO {year}",
        job=job.label,
        year=job.year,
    )
    line = _source_line(tr, job.year, frame.projects_status.dropna().unique())

    def table() -> pd.DataFrame:
        return pd.DataFrame(
            {
                tr("Bassin"): frame.name,
                tr("Code du bassin"): frame.code,
                tr("Département"): frame.departement,
                tr("Projets de recrutement"): frame.projects,
                tr("Part jugée difficile (%)"): frame.difficult.round(1),
                tr("Part saisonnière (%)"): frame.seasonal.round(1),
                tr("Statut"): [tr(status_label(s)) for s in frame.projects_status],
            }
        )

    summary = tr(
        "{job}, {year} : le plus de projets de recrutement dans les bassins de {places}.",
        job=job.label,
        year=job.year,
        places="; ".join(f"{lbl} ({t})" for lbl, t in zip(labels[:5], texts[:5])),
    )
    return ChartSpec(
        chart="metier",
        title=title,
        source_line=line,
        make_figure=lambda: horizontal_bars(labels, values, title, line, tr, 0, texts=texts),
        make_table=table,
        make_svg=lambda layout: bar_chart(labels, values, tr, layout, 0, texts=texts),
        summary=summary,
        **_job_spec_fields(state, job, J.PROJECTS, tr),
    )


def _job_map_table(job: J.Job, frame: pd.DataFrame) -> pd.DataFrame:
    """Every bassin with this job's difficult share (missing or secret where unpublished)."""
    table = (
        dataset()
        .level_table("bassin")[["code", "name"]]
        .merge(frame[["code", "projects", "projects_status", "difficult", "difficult_status"]], on="code", how="left")
    )
    table = table.rename(columns={"difficult": "value", "difficult_status": "status"})
    table["status"] = table.status.fillna("na")
    return table


def job_map_chart(params: dict) -> ChartSpec:
    """The difficult share of one job's hiring projects by bassin: a share, so a choropleth (counts go in its
    table and in the bar chart of the top bassins, never in colours)."""
    state = JobState.from_query(params)
    tr, ds, job = translator(state.lang), dataset(), state.job
    table = _job_map_table(job, J.job_by_bassin(ds, job))
    values = table.value.dropna()
    title = tr("{job} : part des projets jugés difficiles par bassin, BMO {year}", job=job.label, year=job.year)
    line = _source_line(tr, job.year, table.status.unique())
    svg, figure = share_choropleth(
        "bassin", table, tr("Part des projets jugés difficiles (%)"), str(job.year), title, line, tr
    )

    def data() -> pd.DataFrame:
        return pd.DataFrame(
            {
                tr("Bassin"): table.name,
                tr("Code du bassin"): table.code,
                tr("Part jugée difficile (%)"): table.value.round(1),
                tr("Projets de recrutement"): table.projects,
                tr("Statut"): [tr(status_label(s)) if s != "na" else tr("pas de projet publié") for s in table.status],
            }
        )

    summary = tr(
        "{count} bassins sur {total} ont une part publiée ; la plus élevée : {top} ({value}).",
        count=tr.number(len(values)),
        total=tr.number(len(table)),
        top=table.loc[table.value.idxmax(), "name"] if len(values) else "—",
        value=tr.percent(values.max(), 0) if len(values) else "—",
    )
    return ChartSpec(
        chart="metier-carte",
        title=title,
        source_line=line,
        make_figure=figure,
        make_table=data,
        make_svg=svg,
        summary=summary,
        extra={"mapped": len(values)},
        **_job_spec_fields(state, job, J.DIFFICULT, tr),
    )


def jobs_path(url_level: str, code: str) -> str:
    return f"/metiers/{url_level}/{code}"


CHARTS = {"metiers": area_jobs_chart, "metier": job_chart, "metier-carte": job_map_chart}
STATES = {"metiers": area_state_query, "metier": job_state_query, "metier-carte": job_state_query}
