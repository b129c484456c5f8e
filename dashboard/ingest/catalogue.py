"""The indicators catalogue: what each published number means."""

from __future__ import annotations

import pandas as pd

TERRITORIAL_LEVELS = "pays region departement zone_emploi epci commune arrondissement"

INDICATORS = [
    dict(
        id="demandeurs_abc",
        label_fr="Demandeurs d'emploi en catégories A, B, C",
        label_en="Jobseekers, categories A, B, C",
        short_fr="Demandeurs d'emploi ABC", short_en="Jobseekers ABC",
        unit="personnes", unit_en="people", decimals=0, direction="down", frequency="trimestrielle",
        definition_fr=("Personnes inscrites à France Travail en fin de trimestre et tenues de rechercher "
                       "un emploi : sans emploi (A) ou ayant exercé une activité réduite courte (B, 78 h "
                       "ou moins dans le mois) ou longue (C, plus de 78 h)."),
        definition_en=("People registered with France Travail at the end of the quarter who must look for "
                       "work: with no job (A) or with short (B, 78 h or less in the month) or long "
                       "(C, over 78 h) reduced activity."),
        source="DARES / France Travail, statistiques du marché du travail (STMT)",
        levels=TERRITORIAL_LEVELS,
    ),
    dict(
        id="demandeurs_a",
        label_fr="Demandeurs d'emploi en catégorie A",
        label_en="Jobseekers, category A",
        short_fr="Demandeurs d'emploi A", short_en="Jobseekers A",
        unit="personnes", unit_en="people", decimals=0, direction="down", frequency="trimestrielle",
        definition_fr=("Personnes inscrites à France Travail en fin de trimestre, tenues de rechercher un "
                       "emploi et n'ayant exercé aucune activité dans le mois."),
        definition_en=("People registered with France Travail at the end of the quarter who must look for "
                       "work and did no work at all in the month."),
        source="DARES / France Travail, statistiques du marché du travail (STMT)",
        levels=TERRITORIAL_LEVELS,
    ),
    dict(
        id="demandeurs_b",
        label_fr="Demandeurs d'emploi en catégorie B",
        label_en="Jobseekers, category B",
        short_fr="Demandeurs d'emploi B", short_en="Jobseekers B",
        unit="personnes", unit_en="people", decimals=0, direction="down", frequency="trimestrielle",
        definition_fr="Demandeurs d'emploi ayant exercé une activité réduite de 78 heures ou moins dans le mois.",
        definition_en="Jobseekers who worked 78 hours or less in the month.",
        source="DARES / France Travail, statistiques du marché du travail (STMT)",
        levels=TERRITORIAL_LEVELS,
    ),
    dict(
        id="demandeurs_c",
        label_fr="Demandeurs d'emploi en catégorie C",
        label_en="Jobseekers, category C",
        short_fr="Demandeurs d'emploi C", short_en="Jobseekers C",
        unit="personnes", unit_en="people", decimals=0, direction="down", frequency="trimestrielle",
        definition_fr="Demandeurs d'emploi ayant exercé une activité réduite de plus de 78 heures dans le mois.",
        definition_en="Jobseekers who worked more than 78 hours in the month.",
        source="DARES / France Travail, statistiques du marché du travail (STMT)",
        levels=TERRITORIAL_LEVELS,
    ),
    dict(
        id="taux_chomage",
        label_fr="Taux de chômage localisé",
        label_en="Local unemployment rate",
        short_fr="Taux de chômage", short_en="Unemployment rate",
        unit="%", unit_en="%", decimals=1, direction="down", frequency="trimestrielle",
        definition_fr=("Part des chômeurs au sens du Bureau international du travail dans la population "
                       "active, en moyenne trimestrielle, données corrigées des variations saisonnières."),
        definition_en=("Share of ILO-unemployed people in the labour force, quarterly average, "
                       "seasonally adjusted."),
        source="INSEE, taux de chômage localisés",
        levels="pays region departement zone_emploi",
    ),
    dict(
        id="offres_emploi",
        label_fr="Offres d'emploi enregistrées",
        label_en="Job offers registered",
        short_fr="Offres d'emploi", short_en="Job offers",
        unit="offres", unit_en="offers", decimals=0, direction="up", frequency="trimestrielle",
        definition_fr="Offres d'emploi déposées par les employeurs auprès de France Travail au cours du trimestre.",
        definition_en="Job offers filed by employers with France Travail during the quarter.",
        source="France Travail, statistiques sur les offres d'emploi",
        levels="pays region departement epci",
    ),
    dict(
        id="projets_recrutement",
        label_fr="Projets de recrutement (enquête BMO)",
        label_en="Hiring projects (BMO survey)",
        short_fr="Projets de recrutement", short_en="Hiring projects",
        unit="projets", unit_en="projects", decimals=0, direction="up", frequency="annuelle",
        definition_fr=("Nombre de recrutements que les employeurs envisagent pour l'année, d'après "
                       "l'enquête Besoins en main-d'œuvre (BMO) de France Travail."),
        definition_en=("Number of hires employers plan for the year, from France Travail's "
                       "Besoins en main-d'œuvre (BMO) survey."),
        source="France Travail, enquête Besoins en main-d'œuvre (BMO)",
        levels="pays region departement epci",
    ),
]

BREAKDOWNS = {
    "total": {"total": ("Ensemble", "All")},
    "sexe": {"femmes": ("Femmes", "Women"), "hommes": ("Hommes", "Men")},
    "age": {"moins_25": ("Moins de 25 ans", "Under 25"), "25_49": ("25 à 49 ans", "25 to 49"),
            "50_plus": ("50 ans ou plus", "50 and over")},
    "anciennete": {"moins_1an": ("Inscrits depuis moins d'un an", "Registered under 1 year"),
                   "1_2ans": ("Inscrits depuis 1 à 2 ans", "Registered 1 to 2 years"),
                   "2ans_plus": ("Inscrits depuis 2 ans ou plus", "Registered 2 years or more")},
}


def indicators_frame() -> pd.DataFrame:
    return pd.DataFrame(INDICATORS)


def breakdown_label(dimension: str, value: str, lang: str = "fr") -> str:
    labels = BREAKDOWNS.get(dimension, {}).get(value)
    if labels is None:
        return value
    return labels[0] if lang == "fr" else labels[1]
