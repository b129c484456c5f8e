"""The indicator catalogue: what every published number means.

One entry per indicator: its definition, unit, periodicity, levels, producer,
caveats and how it adds up to larger areas. The build writes it into the
release (``indicators.parquet``); pages, maps, exports and the API read it
from there. Two measures of unemployment are kept apart on purpose: INSEE's
localised rate (ILO definition, quarterly) and the census rate (self-declared,
2018) are different things and are never shown as comparable.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from ..i18n import N_

THEMES = {
    "demandeurs": N_("Demandeurs d'emploi"),
    "chomage": N_("Taux de chômage localisé (INSEE)"),
    "recensement": N_("Recensement de la population"),
    "recrutement": N_("Projets de recrutement"),
    "offres": N_("Offres d'emploi"),
}
JOB_SEEKERS = "demandeurs"
# What each theme's national figure covers: the sum or estimate its publisher gives for "France".
NATIONAL_COVERAGE = {
    "demandeurs": N_("France hors Mayotte"),
    "chomage": N_("France hors Mayotte"),
    "recensement": N_("France hors Mayotte"),
    "recrutement": N_("France, Mayotte comprise"),
}


@dataclass(frozen=True)
class Indicator:
    id: str
    theme: str
    label_fr: str
    label_en: str
    short_fr: str
    short_en: str
    unit: str
    unit_en: str
    decimals: int
    kind: str  # "count", "rate" (%), "share" (%) or "amount" (euros)
    frequency: str
    frequency_en: str
    direction: str  # "up", "down" (a fall is an improvement) or "neutral"
    definition_fr: str
    definition_en: str
    source: str
    source_en: str
    levels: str  # space-separated level ids
    caveats_fr: str = ""
    caveats_en: str = ""
    aggregate: str = ""  # "sum", "ratio:<numerator>/<denominator>", or "" (never aggregated)
    next_update_fr: str = ""
    next_update_en: str = ""

    @property
    def level_list(self) -> list[str]:
        return self.levels.split()

    @property
    def is_count(self) -> bool:
        return self.kind == "count"

    @property
    def is_percentage(self) -> bool:
        return self.kind in ("rate", "share")

    @property
    def counts_residents(self) -> bool:
        """A count of the people who live in the territory, so never above its population. Jobs (counted where
        people work) and hiring projects or offers (counted where employers are) can be."""
        return self.is_count and (self.theme == JOB_SEEKERS or self.id in ("actifs_1564", "chomeurs_1564"))


_STMT_LEVELS = "pays region departement commune"
_DARES_LEVELS = "pays region departement commune arrondissement"
_CENSUS_LEVELS = "pays region departement bassin zone_emploi epci commune arrondissement"
_BMO_LEVELS = "pays region departement bassin"
_DEFM_SOURCE = "DARES / France Travail, demandeurs d'emploi inscrits en fin de mois"
_DEFM_SOURCE_EN = "DARES / France Travail, jobseekers registered at the end of the month"


def _category(letter: str, what_fr: str, what_en: str) -> Indicator:
    return Indicator(
        id=f"demandeurs_{letter.lower()}",
        theme=JOB_SEEKERS,
        label_fr=f"Demandeurs d'emploi en catégorie {letter}",
        label_en=f"Jobseekers, category {letter}",
        short_fr=f"Catégorie {letter}",
        short_en=f"Category {letter}",
        unit="personnes",
        unit_en="people",
        decimals=0,
        kind="count",
        frequency="mensuelle",
        frequency_en="monthly",
        direction="neutral",
        definition_fr=f"Personnes inscrites à France Travail (Pôle emploi avant 2024) en fin de mois, {what_fr} "
        "Données brutes.",
        definition_en=f"People registered with France Travail (Pôle emploi before 2024) at the end of the month, "
        f"{what_en} Raw data.",
        source=_DEFM_SOURCE,
        source_en=_DEFM_SOURCE_EN,
        levels=_DARES_LEVELS,
        caveats_fr="Série mensuelle de janvier 1996 à juin 2016, arrondie à la centaine, pour la France "
        "métropolitaine, ses régions et ses départements.",
        caveats_en="Monthly series from January 1996 to June 2016, rounded to the hundred, for metropolitan "
        "France, its regions and its départements.",
    )


INDICATORS: list[Indicator] = [
    Indicator(
        id="demandeurs_ae",
        theme=JOB_SEEKERS,
        label_fr="Demandeurs d'emploi inscrits en fin de mois, catégories A à E",
        label_en="Jobseekers registered at the end of the month, categories A to E",
        short_fr="Demandeurs d'emploi (A à E)",
        short_en="Jobseekers (A to E)",
        unit="personnes",
        unit_en="people",
        decimals=0,
        kind="count",
        frequency="mensuelle",
        frequency_en="monthly",
        direction="down",
        definition_fr="Toutes les personnes inscrites à France Travail le dernier jour du mois : celles qui doivent "
        "rechercher un emploi, sans activité (catégorie A) ou avec une activité réduite courte (B, "
        "78 heures ou moins dans le mois) ou longue (C), et celles qui n'y sont pas tenues, sans "
        "emploi (D : formation, maladie…) ou en emploi (E : contrat aidé, création d'entreprise…). "
        "Données brutes, non corrigées des variations saisonnières.",
        definition_en="Everyone registered with France Travail on the last day of the month: those who must look "
        "for work, with no activity (category A) or with short (B, 78 hours or less in the month) or "
        "long (C) reduced activity, and those who need not, without a job (D: training, sickness…) "
        "or in work (E: subsidised contract, business creation…). Raw data, not seasonally "
        "adjusted.",
        source="France Travail, Statistiques du marché du travail (STMT) ; DARES avant 2017",
        source_en="France Travail, labour market statistics (STMT); DARES before 2017",
        levels=_STMT_LEVELS,
        caveats_fr="Ce total des catégories A à E est plus élevé que le nombre de demandeurs A, B, C que la DARES "
        "publie chaque trimestre (il y ajoute les catégories D et E). 2020–2024 : arrondi à la dizaine, communes de 5 000 habitants ou plus, "
        "départements (sauf les Yvelines et Mayotte) et régions ; Provence-Alpes-Côte d'Azur et la "
        "France hors Mayotte sont des sommes calculées. 1996–2016 : somme des catégories A à E de la "
        "DARES, arrondies à la centaine, France métropolitaine. Aucune valeur de juillet 2016 à "
        "décembre 2019.",
        caveats_en="This total of categories A to E is higher than the number of jobseekers in categories A, B, C "
        "that DARES publishes every quarter (it adds categories D and E). 2020–2024: rounded to ten, communes of 5,000 inhabitants "
        "or more, départements (except Yvelines and Mayotte) and regions; Provence-Alpes-Côte d'Azur "
        "and France excluding Mayotte are computed sums. 1996–2016: sum of the DARES categories A to E, "
        "rounded to the hundred, metropolitan France. No value from July 2016 to December 2019.",
        aggregate="",
        next_update_fr="France Travail publie ces chiffres chaque trimestre ; le fichier tenu ici s'arrête en "
        "décembre 2024.",
        next_update_en="France Travail publishes these figures every quarter; the file held here ends in "
        "December 2024.",
    ),
    Indicator(
        id="demandeurs_abc",
        theme=JOB_SEEKERS,
        label_fr="Demandeurs d'emploi en catégories A, B, C",
        label_en="Jobseekers, categories A, B, C",
        short_fr="Catégories A, B, C",
        short_en="Categories A, B, C",
        unit="personnes",
        unit_en="people",
        decimals=0,
        kind="count",
        frequency="mensuelle",
        frequency_en="monthly",
        direction="down",
        definition_fr="Personnes inscrites à France Travail en fin de mois et tenues de rechercher un emploi : sans "
        "activité (A) ou avec une activité réduite courte (B, 78 heures ou moins dans le mois) ou "
        "longue (C, plus de 78 heures). Données brutes.",
        definition_en="People registered with France Travail at the end of the month who must look for work: with "
        "no activity (A) or with short (B, 78 hours or less in the month) or long (C, over 78 hours) "
        "reduced activity. Raw data.",
        source=_DEFM_SOURCE,
        source_en=_DEFM_SOURCE_EN,
        levels=_DARES_LEVELS,
        caveats_fr="1996–2016 : somme des catégories A, B et C publiées par la DARES, arrondies à la centaine, "
        "France métropolitaine.",
        caveats_en="1996–2016: sum of categories A, B and C published by DARES, rounded to the hundred, "
        "metropolitan France.",
    ),
    _category(
        "A",
        "tenues de rechercher un emploi et sans aucune activité dans le mois.",
        "who must look for work and did no work at all in the month.",
    ),
    _category(
        "B",
        "tenues de rechercher un emploi et ayant exercé une activité réduite courte (78 heures ou moins dans le mois).",
        "who must look for work and had short reduced activity (78 hours or less in the month).",
    ),
    _category(
        "C",
        "tenues de rechercher un emploi et ayant exercé une activité réduite longue (plus de 78 heures dans le mois).",
        "who must look for work and had long reduced activity (over 78 hours in the month).",
    ),
    _category(
        "D",
        "non tenues de rechercher un emploi et sans emploi (en formation, en maladie, en contrat de "
        "sécurisation professionnelle…).",
        "who need not look for work and have no job (in training, sick, in a professional security contract…).",
    ),
    _category(
        "E",
        "non tenues de rechercher un emploi et en emploi (contrat aidé, création d'entreprise…).",
        "who need not look for work and are in work (subsidised contract, business creation…).",
    ),
    Indicator(
        id="taux_chomage",
        theme="chomage",
        label_fr="Taux de chômage localisé (INSEE, au sens du BIT)",
        label_en="Local unemployment rate (INSEE, ILO definition)",
        short_fr="Taux de chômage localisé",
        short_en="Local unemployment rate",
        unit="%",
        unit_en="%",
        decimals=1,
        kind="rate",
        frequency="trimestrielle",
        frequency_en="quarterly",
        direction="down",
        definition_fr="Part des chômeurs au sens du Bureau international du travail (BIT) dans la population active "
        "résidant dans le territoire, en moyenne sur le trimestre, corrigée des variations "
        "saisonnières. L'INSEE l'estime à partir de l'enquête Emploi, des estimations d'emploi et "
        "des demandeurs d'emploi inscrits.",
        definition_en="Share of unemployed people in the International Labour Organization (ILO) sense in the "
        "labour force living in the area, quarterly average, seasonally adjusted. INSEE estimates it "
        "from the Labour Force Survey, employment estimates and registered jobseekers.",
        source="INSEE, taux de chômage localisés",
        source_en="INSEE, local unemployment rates",
        levels="pays region departement zone_emploi zone_emploi_partie",
        caveats_fr="Champ : France métropolitaine jusqu'au premier trimestre 2014, France hors Mayotte ensuite. "
        "À ne pas comparer au taux de chômage du recensement, qui mesure autre chose.",
        caveats_en="Coverage: metropolitan France until the first quarter of 2014, France excluding Mayotte "
        "afterwards. Not to be compared with the census unemployment rate, which measures something "
        "else.",
        next_update_fr="L'INSEE publie une nouvelle estimation chaque trimestre ; les fichiers tenus ici s'arrêtent "
        "au T3 2023 (zones d'emploi) et au T4 2021 (départements et régions).",
        next_update_en="INSEE publishes a new estimate every quarter; the files held here end in Q3 2023 "
        "(employment zones) and Q4 2021 (départements and regions).",
    ),
    Indicator(
        id="taux_chomage_rp",
        theme="recensement",
        label_fr="Taux de chômage des 15-64 ans au sens du recensement",
        label_en="Unemployment rate of people aged 15 to 64, census definition",
        short_fr="Taux de chômage (recensement)",
        short_en="Unemployment rate (census)",
        unit="%",
        unit_en="%",
        decimals=1,
        kind="rate",
        frequency="annuelle",
        frequency_en="yearly",
        direction="down",
        definition_fr="Part des chômeurs parmi les actifs de 15 à 64 ans, d'après le recensement : est chômeuse la "
        "personne qui s'est déclarée au chômage sur son questionnaire, sauf si elle a dit ne pas "
        "chercher de travail. Cette déclaration ne suit pas la définition du BIT : ce taux est "
        "plus élevé que le taux de chômage localisé et ne se compare pas à lui.",
        definition_en="Share of unemployed people among the labour force aged 15 to 64, from the census: a person "
        "is unemployed if they said so on their form, unless they said they were not looking for "
        "work. This self-declaration does not follow the ILO definition: the rate is higher than the "
        "local unemployment rate and is not comparable with it.",
        source="INSEE, recensement de la population 2018 (comparateur de territoires)",
        source_en="INSEE, 2018 population census (territory comparison tool)",
        levels=_CENSUS_LEVELS,
        aggregate="ratio:chomeurs_1564/actifs_1564",
        caveats_fr="Recensement 2018, géographie de 2021 ramenée au code officiel géographique 2026. Au-delà de la "
        "commune, le taux est le rapport des chômeurs et des actifs additionnés, jamais une moyenne de "
        "taux.",
        caveats_en="2018 census, 2021 geography mapped to the 2026 official geographic code. Above the commune, "
        "the rate is the ratio of summed unemployed and active people, never an average of rates.",
    ),
    Indicator(
        id="actifs_1564",
        theme="recensement",
        label_fr="Actifs de 15 à 64 ans (recensement)",
        label_en="Labour force aged 15 to 64 (census)",
        short_fr="Actifs de 15 à 64 ans",
        short_en="Labour force aged 15–64",
        unit="personnes",
        unit_en="people",
        decimals=0,
        kind="count",
        frequency="annuelle",
        frequency_en="yearly",
        direction="neutral",
        definition_fr="Personnes de 15 à 64 ans qui résident dans le territoire et qui ont un emploi ou se déclarent "
        "au chômage, d'après le recensement. Estimation arrondie à l'unité.",
        definition_en="People aged 15 to 64 living in the area who have a job or say they are unemployed, from the "
        "census. Estimate rounded to the unit.",
        source="INSEE, recensement de la population 2018 (comparateur de territoires)",
        source_en="INSEE, 2018 population census (territory comparison tool)",
        levels=_CENSUS_LEVELS,
        aggregate="sum",
    ),
    Indicator(
        id="chomeurs_1564",
        theme="recensement",
        label_fr="Chômeurs de 15 à 64 ans (recensement)",
        label_en="Unemployed people aged 15 to 64 (census)",
        short_fr="Chômeurs de 15 à 64 ans",
        short_en="Unemployed aged 15–64",
        unit="personnes",
        unit_en="people",
        decimals=0,
        kind="count",
        frequency="annuelle",
        frequency_en="yearly",
        direction="down",
        definition_fr="Personnes de 15 à 64 ans qui résident dans le territoire et se déclarent au chômage au "
        "recensement. Estimation arrondie à l'unité.",
        definition_en="People aged 15 to 64 living in the area who say they are unemployed in the census. Estimate "
        "rounded to the unit.",
        source="INSEE, recensement de la population 2018 (comparateur de territoires)",
        source_en="INSEE, 2018 population census (territory comparison tool)",
        levels=_CENSUS_LEVELS,
        aggregate="sum",
    ),
    Indicator(
        id="emplois",
        theme="recensement",
        label_fr="Emplois au lieu de travail (recensement)",
        label_en="Jobs at the place of work (census)",
        short_fr="Emplois au lieu de travail",
        short_en="Jobs at place of work",
        unit="emplois",
        unit_en="jobs",
        decimals=0,
        kind="count",
        frequency="annuelle",
        frequency_en="yearly",
        direction="up",
        definition_fr="Nombre d'emplois, salariés ou non, situés dans le territoire, où que résident les personnes "
        "qui les occupent. Estimation arrondie à l'unité.",
        definition_en="Number of jobs, employed or self-employed, located in the area, wherever the people who hold "
        "them live. Estimate rounded to the unit.",
        source="INSEE, recensement de la population 2018 (comparateur de territoires)",
        source_en="INSEE, 2018 population census (territory comparison tool)",
        levels=_CENSUS_LEVELS,
        aggregate="sum",
    ),
    Indicator(
        id="revenu_median",
        theme="recensement",
        label_fr="Niveau de vie médian (2019)",
        label_en="Median standard of living (2019)",
        short_fr="Niveau de vie médian",
        short_en="Median standard of living",
        unit="€ par an",
        unit_en="€ a year",
        decimals=0,
        kind="amount",
        frequency="annuelle",
        frequency_en="yearly",
        direction="up",
        definition_fr="Revenu disponible par unité de consommation qui partage la population en deux moitiés : la "
        "moitié des habitants vit dans un ménage qui dispose de moins, l'autre moitié de plus. "
        "Euros de 2019, par an.",
        definition_en="Disposable income per consumption unit that splits the population into two halves: half "
        "the inhabitants live in a household with less, half with more. 2019 euros, per year.",
        source="INSEE-DGFiP, Filosofi 2019 (comparateur de territoires)",
        source_en="INSEE-DGFiP, Filosofi 2019 (territory comparison tool)",
        levels="commune arrondissement",
        caveats_fr="Publié par commune seulement : une médiane ne s'additionne pas et ce fichier ne donne pas celle "
        "des territoires plus grands. Secret pour les communes de moins de 50 ménages fiscaux.",
        caveats_en="Published for communes only: a median does not add up, and this file does not give it for "
        "larger areas. Withheld for communes with fewer than 50 tax households.",
    ),
    Indicator(
        id="taux_pauvrete",
        theme="recensement",
        label_fr="Taux de pauvreté (2019)",
        label_en="Poverty rate (2019)",
        short_fr="Taux de pauvreté",
        short_en="Poverty rate",
        unit="%",
        unit_en="%",
        decimals=0,
        kind="rate",
        frequency="annuelle",
        frequency_en="yearly",
        direction="down",
        definition_fr="Part des habitants dont le niveau de vie est inférieur à 60 % du niveau de vie médian de la "
        "France métropolitaine (seuil de pauvreté monétaire), en 2019.",
        definition_en="Share of inhabitants whose standard of living is below 60% of the metropolitan French "
        "median (the monetary poverty line), in 2019.",
        source="INSEE-DGFiP, Filosofi 2019 (comparateur de territoires)",
        source_en="INSEE-DGFiP, Filosofi 2019 (territory comparison tool)",
        levels="commune arrondissement",
        caveats_fr="Publié par commune seulement, et pas pour les communes trop petites (secret statistique). "
        "Valeurs arrondies à l'unité.",
        caveats_en="Published for communes only, and not for communes that are too small (statistical secrecy). "
        "Values rounded to the unit.",
    ),
    Indicator(
        id="projets_recrutement",
        theme="recrutement",
        label_fr="Projets de recrutement (enquête BMO)",
        label_en="Hiring projects (BMO survey)",
        short_fr="Projets de recrutement",
        short_en="Hiring projects",
        unit="projets",
        unit_en="projects",
        decimals=0,
        kind="count",
        frequency="annuelle",
        frequency_en="yearly",
        direction="up",
        definition_fr="Nombre de recrutements que les employeurs prévoient pour l'année, d'après l'enquête Besoins "
        "en main-d'œuvre (BMO) de France Travail, menée à l'automne précédent auprès des "
        "établissements.",
        definition_en="Number of hires employers plan for the year, from France Travail's Besoins en main-d'œuvre "
        "(BMO, labour needs) survey of establishments, run the previous autumn.",
        source="France Travail, enquête Besoins en main-d'œuvre (BMO)",
        source_en="France Travail, Besoins en main-d'œuvre survey (BMO)",
        levels=_BMO_LEVELS,
        caveats_fr="Chaque total est la somme des cellules métier × bassin publiées : les cellules couvertes par le "
        "secret statistique n'y figurent pas, d'où des totaux un peu inférieurs à ceux que publie "
        "France Travail. Les codes métier changent en 2024 (FAP 2009 puis FAP 2021) : un métier ne se "
        "compare pas entre 2023 et 2024.",
        caveats_en="Each total is the sum of the published job × area cells: cells under statistical secrecy are "
        "left out, so totals are a little below those France Travail publishes. Job codes change in "
        "2024 (FAP 2009, then FAP 2021): a job cannot be compared between 2023 and 2024.",
        next_update_fr="Nouvelle enquête chaque printemps (résultats publiés en avril).",
        next_update_en="A new survey every spring (results published in April).",
    ),
    Indicator(
        id="part_projets_difficiles",
        theme="recrutement",
        label_fr="Part des projets de recrutement jugés difficiles (BMO)",
        label_en="Share of hiring projects judged difficult (BMO)",
        short_fr="Projets jugés difficiles",
        short_en="Projects judged difficult",
        unit="%",
        unit_en="%",
        decimals=0,
        kind="share",
        frequency="annuelle",
        frequency_en="yearly",
        direction="down",
        definition_fr="Part des projets de recrutement que les employeurs s'attendent à trouver difficiles à pourvoir.",
        definition_en="Share of hiring projects that employers expect to be difficult to fill.",
        source="France Travail, enquête Besoins en main-d'œuvre (BMO)",
        source_en="France Travail, Besoins en main-d'œuvre survey (BMO)",
        levels=_BMO_LEVELS,
        caveats_fr="Calculée sur les cellules métier × bassin où le nombre de projets et celui des projets "
        "difficiles sont tous deux publiés.",
        caveats_en="Computed over the job × area cells where both the number of projects and the number of "
        "difficult ones are published.",
    ),
    Indicator(
        id="part_projets_saisonniers",
        theme="recrutement",
        label_fr="Part des projets de recrutement saisonniers (BMO)",
        label_en="Share of seasonal hiring projects (BMO)",
        short_fr="Projets saisonniers",
        short_en="Seasonal projects",
        unit="%",
        unit_en="%",
        decimals=0,
        kind="share",
        frequency="annuelle",
        frequency_en="yearly",
        direction="neutral",
        definition_fr="Part des projets de recrutement liés à une activité saisonnière.",
        definition_en="Share of hiring projects linked to a seasonal activity.",
        source="France Travail, enquête Besoins en main-d'œuvre (BMO)",
        source_en="France Travail, Besoins en main-d'œuvre survey (BMO)",
        levels=_BMO_LEVELS,
        caveats_fr="Calculée sur les cellules métier × bassin où le nombre de projets et celui des projets "
        "saisonniers sont tous deux publiés.",
        caveats_en="Computed over the job × area cells where both the number of projects and the number of "
        "seasonal ones are published.",
    ),
    Indicator(
        id="offres_emploi",
        theme="offres",
        label_fr="Offres d'emploi enregistrées",
        label_en="Job offers registered",
        short_fr="Offres d'emploi",
        short_en="Job offers",
        unit="offres",
        unit_en="offers",
        decimals=0,
        kind="count",
        frequency="trimestrielle",
        frequency_en="quarterly",
        direction="up",
        definition_fr="Offres d'emploi déposées par les employeurs auprès de France Travail au cours du trimestre.",
        definition_en="Job offers filed by employers with France Travail during the quarter.",
        source="France Travail, statistiques sur les offres d'emploi (API)",
        source_en="France Travail, job offer statistics (API)",
        levels="pays region departement",
        caveats_fr="Disponible seulement après un chargement par l'API de France Travail.",
        caveats_en="Available only after loading through the France Travail API.",
    ),
]
CATALOGUE: dict[str, Indicator] = {i.id: i for i in INDICATORS}
CATEGORY_ORDER = (
    "demandeurs_ae",
    "demandeurs_abc",
    "demandeurs_a",
    "demandeurs_b",
    "demandeurs_c",
    "demandeurs_d",
    "demandeurs_e",
)


def records() -> list[dict]:
    """The catalogue as rows of the release's indicators table."""
    return [asdict(i) for i in INDICATORS]


def localized(entry: dict, field: str, lang: str) -> str:
    """A catalogue field in the page's language: ``label_fr`` / ``label_en``, ``caveats_fr`` / …."""
    return entry.get(f"{field}_{lang}") or entry.get(f"{field}_fr") or entry.get(field) or ""


_THEME_OF = {i.id: i.theme for i in INDICATORS}


def national_coverage(indicator: str) -> str:
    """The name of France for one indicator's national figure ("France hors Mayotte"), or "" for the default."""
    return NATIONAL_COVERAGE.get(_THEME_OF.get(indicator, ""), "")
