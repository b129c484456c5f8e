"""English texts, keyed by the French text they translate (see dashboard/i18n.py).

tests/test_i18n.py fails when a French text marked in the code has no entry here.
"""

MESSAGES: dict[str, str] = {
    # Frame, navigation, search
    "Accueil": "Home",
    "Carte": "Map",
    "Indicateurs nationaux": "National indicators",
    "À propos et sources": "About and sources",
    "Aller au contenu": "Skip to content",
    "Le marché du travail près de chez vous": "The job market near you",
    "le marché du travail près de chez vous": "the job market near you",
    "Navigation principale": "Main navigation",
    "{site} — logiciel libre (licence MIT). Données : INSEE, DARES, France Travail (Licence Ouverte 2.0) et ":
        "{site} — free software (MIT licence). Data: INSEE, DARES, France Travail (Licence Ouverte 2.0) and ",
    "sources détaillées": "detailed sources",
    "Aucun traceur, aucune ressource externe : tout est servi par ce site. ":
        "No trackers, no external resources: everything is served by this site. ",
    "Accessibilité : partiellement conforme": "Accessibility: partially compliant",
    "API de données ouvertes": "Open data API",
    "Rechercher une commune": "Search for a commune",
    "Code postal, commune ou code INSEE (ex. 33000)": "Postcode, commune or INSEE code (e.g. 33000)",
    "Suggestions": "Suggestions",
    "Un problème est survenu": "Something went wrong",
    "Cette page n'a pas pu être affichée. Réessayez plus tard ou revenez à l'accueil.":
        "This page could not be displayed. Try again later or go back to the home page.",
    "Page introuvable": "Page not found",
    "Cette page n'existe pas.": "This page does not exist.",
    "Cherchez une commune par son code postal, son nom ou son code INSEE :":
        "Search for a commune by its postcode, name or INSEE code:",
    "Fil d'Ariane": "Breadcrumb",
    # Notices, captions
    "Données de démonstration": "Demonstration data",
    "ces chiffres sont générés pour illustrer l'outil et ne sont pas des statistiques officielles.":
        "these figures are generated to illustrate the tool and are not official statistics.",
    "DONNÉES DE DÉMONSTRATION": "DEMONSTRATION DATA",
    "DONNÉES DE DÉMONSTRATION, NON OFFICIELLES": "DEMONSTRATION DATA, NOT OFFICIAL",
    "Données de démonstration — valeurs générées, non officielles.":
        "Demonstration data — generated values, not official.",
    "Source : {names}": "Source: {names}",
    "Sources : {names}": "Sources: {names}",
    "Source : non renseignée": "Source: not stated",
    "période : {period}": "period: {period}",
    "millésime inconnu": "vintage unknown",
    "Voir les données": "Show the data",
    "Voir les données (tableau triable)": "Show the data (sortable table)",
    "n.d.": "n/a",
    "secret": "secret",
    # Home
    "L'emploi dans votre commune": "Jobs in your commune",
    "Demandeurs d'emploi, taux de chômage, offres et projets de recrutement : tapez un code postal, un nom de "
    "commune ou un code INSEE.":
        "Jobseekers, unemployment rate, job offers and hiring plans: type a postcode, a commune name or an INSEE "
        "code.",
    "Explorer la carte": "Explore the map",
    "Régions, départements, zones d'emploi et communes, indicateur par indicateur.":
        "Regions, departments, employment zones and communes, indicator by indicator.",
    "Retours à l'emploi, satisfaction des demandeurs d'emploi et des entreprises, face à leurs cibles.":
        "Returns to employment, satisfaction of jobseekers and of companies, against their targets.",
    "Sources et méthodes": "Sources and methods",
    "D'où vient chaque chiffre, son millésime et sa licence.":
        "Where each figure comes from, its vintage and its licence.",
    # Commune and territory pages
    "Commune introuvable": "Commune not found",
    "{name} : l'emploi dans la commune": "{name}: jobs in the commune",
    "Aucune commune ne porte le code INSEE « {code} ».": "No commune has the INSEE code “{code}”.",
    "Territoire introuvable": "Area not found",
    "{name} : l'emploi sur le territoire": "{name}: jobs in the area",
    "Ce territoire n'existe pas dans le référentiel.": "This area does not exist in the territorial reference.",
    "Catégories A, B, C": "Categories A, B, C",
    "Catégorie A": "Category A",
    "Part des femmes": "Share of women",
    "Part des moins de 25 ans": "Share of under-25s",
    "Part des 50 ans ou plus": "Share of people aged 50 or over",
    "Part des inscrits depuis 1 an ou plus": "Share registered for 1 year or more",
    "évolution non disponible": "change not available",
    "{diff} ({percent}) depuis {period}": "{diff} ({percent}) since {period}",
    "Demandeurs d'emploi A, B, C": "Jobseekers A, B, C",
    "Demandeurs d'emploi A": "Jobseekers A",
    "Demandeurs d'emploi en catégorie A": "Jobseekers in category A",
    "Évolution sur dix ans (A, B, C)": "Ten-year change (A, B, C)",
    "Évolution sur un an (A, B, C)": "One-year change (A, B, C)",
    "des demandeurs A, B, C": "of jobseekers A, B, C",
    "Chiffres clés — {period}": "Key figures — {period}",
    "Demandeurs d'emploi inscrits à France Travail en fin de trimestre, données brutes.":
        "Jobseekers registered with France Travail at the end of the quarter, raw data.",
    "Taux de chômage localisé": "Local unemployment rate",
    "Le taux de chômage de la zone d'emploi s'affichera une fois le fichier INSEE des zones d'emploi chargé.":
        "The employment zone's unemployment rate will be shown once INSEE's employment zone file is loaded.",
    "Part des chômeurs (au sens du BIT) dans la population active, données CVS.":
        "Share of unemployed people (ILO definition) in the labour force, seasonally adjusted.",
    "Demandeurs d'emploi A, B, C — indice base 100 en {period}": "Jobseekers A, B, C — index, {period} = 100",
    "Demandeurs d'emploi — {name}": "Jobseekers — {name}",
    "évolution sur un an non disponible": "one-year change not available",
    "stable sur un an": "stable over one year",
    "en hausse de {percent} sur un an": "up {percent} over one year",
    "en baisse de {percent} sur un an": "down {percent} over one year",
    "En {period}, {name} compte {count} demandeurs d'emploi en catégories A, B, C, {trend}.":
        "In {period}, {name} has {count} jobseekers in categories A, B, C, {trend}.",
    "Évolution sur dix ans": "Ten-year trend",
    "Nombre de demandeurs": "Number of jobseekers",
    "Indice base 100 (comparaison avec le département et la France)":
        "Index, base 100 (compared with the department and France)",
    "Affichage de la série": "Series display",
    "Période": "Period",
    "Par sexe": "By sex",
    "Par âge": "By age",
    "Par ancienneté d'inscription": "By time registered",
    "{title} : {parts} (catégories A, B, C).": "{title}: {parts} (categories A, B, C).",
    "Catégorie": "Category",
    "Qui sont les demandeurs d'emploi ?": "Who are the jobseekers?",
    "Offres d'emploi enregistrées ({period})": "Job offers registered ({period})",
    "{percent} par rapport à {period}": "{percent} compared with {period}",
    "Projets de recrutement (BMO {period})": "Hiring plans (BMO {period})",
    "Offres et projets de recrutement — ": "Job offers and hiring plans — ",
    "Métiers les plus recherchés par les employeurs": "Occupations most sought by employers",
    "Métiers les plus demandés par les demandeurs d'emploi": "Occupations most sought by jobseekers",
    "Indicateur": "Indicator",
    "Comparaison territoriale — {period}": "Comparison between areas — {period}",
    "Comparaison territoriale": "Comparison between areas",
    "Comparaison avec le département, la région et la France":
        "Comparison with the department, the region and France",
    "Commune": "Commune",
    "Intercommunalité (EPCI)": "Inter-municipality (EPCI)",
    "Zone d'emploi": "Employment zone",
    "Département": "Department",
    "Région": "Region",
    "Population": "Population",
    "{count} habitants (population municipale légale {year})":
        "{count} inhabitants (legal municipal population {year})",
    "{count} habitants ({year})": "{count} inhabitants ({year})",
    "non renseignée (fichier INSEE des zones d'emploi non chargé)":
        "not stated (INSEE employment zone file not loaded)",
    "Codes postaux": "Postcodes",
    "Code INSEE": "INSEE code",
    "Code": "Code",
    "Le territoire": "The area",
    "{name} est un arrondissement municipal : les statistiques détaillées sont présentées pour la commune "
    "entière et ses territoires.":
        "{name} is a municipal arrondissement: detailed statistics are shown for the whole commune and its "
        "areas.",
    "{name} compte moins de {threshold} habitants : les chiffres détaillés ne sont publiés que pour les "
    "communes de {threshold} habitants ou plus, pour préserver la fiabilité et le secret statistique.":
        "{name} has fewer than {threshold} inhabitants: detailed figures are only published for communes of "
        "{threshold} inhabitants or more, to keep them reliable and to protect statistical confidentiality.",
    "Les chiffres ci-dessous sont ceux de {name}. Voir aussi :": "The figures below are those of {name}. See also:",
    "commune": "commune",
    "arrondissement": "arrondissement",
    "intercommunalité (EPCI)": "inter-municipality (EPCI)",
    "zone d'emploi": "employment zone",
    "département": "department",
    "région": "region",
    "pays": "country",
    "France (hors collectivités d'outre-mer)": "France (excluding overseas collectivities)",
    # Map
    "Carte des indicateurs": "Map of the indicators",
    "Choisissez un indicateur, un niveau géographique et une période. Cliquez sur un département pour voir ses "
    "communes, sur une commune pour ouvrir sa page.":
        "Choose an indicator, a geographic level and a period. Click a department to see its communes, a commune "
        "to open its page.",
    "Niveau": "Level",
    "Classes": "Classes",
    "Nombre de classes": "Number of classes",
    "Toute la France": "All of France",
    "Réglages de la carte": "Map settings",
    "Aucune valeur disponible pour cette sélection.": "No value available for this selection.",
    "{label}, {period} : valeur la plus élevée pour {top} ({top_value} {unit}), la plus basse pour {bottom} "
    "({bottom_value} {unit}) ; {missing} territoire(s) sans valeur.":
        "{label}, {period}: highest value in {top} ({top_value} {unit}), lowest in {bottom} ({bottom_value} "
        "{unit}); {missing} area(s) without a value.",
    " du département {dep}": " of department {dep}",
    "Régions": "Regions",
    "Départements": "Departments",
    "Zones d'emploi": "Employment zones",
    "Intercommunalités (EPCI)": "Inter-municipalities (EPCI)",
    "Communes": "Communes",
    "Pays": "Country",
    "EPCI": "EPCI",
    "Arrondissements municipaux": "Municipal arrondissements",
    "personnes": "people",
    "Évolution sur un an des demandeurs A, B, C": "One-year change in jobseekers A, B, C",
    "Demandeurs A, B, C pour 1 000 habitants": "Jobseekers A, B, C per 1,000 inhabitants",
    "pour 1 000 hab.": "per 1,000 inhab.",
    "Offres d'emploi enregistrées": "Job offers registered",
    "offres": "offers",
    "Projets de recrutement (BMO)": "Hiring plans (BMO)",
    "projets": "plans",
    "Quantiles (effectifs égaux)": "Quantiles (equal counts)",
    "Intervalles égaux": "Equal intervals",
    "Seuils naturels (Jenks)": "Natural breaks (Jenks)",
    "secret statistique": "statistical confidentiality",
    "non disponible": "not available",
    "provisoire": "provisional",
    "rang {rank} sur {total}": "rank {rank} of {total}",
    "Donnée manquante ou secrète ({count})": "Missing or confidential value ({count})",
    "Légende ({unit})": "Legend ({unit})",
    "valeurs": "values",
    "Rang": "Rank",
    "Trier par cette colonne": "Sort by this column",
    "Page précédente": "Previous page",
    "Page suivante": "Next page",
    "Page {page} sur {pages}": "Page {page} of {pages}",
    "Territoire": "Area",
    "Valeur ({unit})": "Value ({unit})",
    "Statut": "Status",
    # Charts
    "Pas de données pour cette série.": "No data for this series.",
    "Pas de données pour cette répartition.": "No data for this breakdown.",
    "rupture de série": "series break",
    "Aucune valeur datée publiée.": "No dated value published.",
    "Valeur publiée": "Published value",
    "Cible": "Target",
    # National indicators
    "Retour à l'emploi": "Return to employment",
    "Satisfaction des demandeurs d'emploi": "Jobseekers' satisfaction",
    "Satisfaction des entreprises": "Employers' satisfaction",
    "Formation": "Training",
    "Indemnisation": "Unemployment benefits",
    "Pilotage interne": "Internal management",
    "Indicateurs nationaux de performance": "National performance indicators",
    "Les résultats publiés du service public de l'emploi (Pôle emploi, puis France Travail), face à leurs "
    "cibles lorsqu'elles ont été publiées. Chaque valeur renvoie à sa source ; une année sans valeur publiée "
    "est indiquée « non publié », jamais estimée.":
        "The published results of the public employment service (Pôle emploi, then France Travail), against "
        "their targets where these were published. Every value links to its source; a year without a published "
        "value is marked “not published”, never estimated.",
    "Chiffre-clé": "Key figure",
    "des entreprises satisfaites concernant la pertinence des candidats présélectionnés":
        "of companies satisfied with the relevance of the shortlisted candidates",
    "Période : {period}": "Period: {period}",
    "Cible {period} : {value}": "Target {period}: {value}",
    "Dernière valeur": "Latest value",
    "Cible (même période)": "Target (same period)",
    "Tendance": "Trend",
    "atteinte": "met",
    "non atteinte": "not met",
    "officielle": "official",
    "presse": "press",
    "Vue de synthèse": "Overview",
    "Tous les indicateurs : dernière valeur publiée, cible de la même période, statut et tendance":
        "All indicators: latest published value, target for the same period, status and trend",
    "Vue de synthèse des indicateurs": "Overview of the indicators",
    "Thèmes": "Themes",
    "Les valeurs marquées « source presse » sont reprises d'articles ou de copies de documents officiels ; "
    "elles sont moins sûres qu'une publication officielle. {indicators} indicateurs, {values} valeurs publiées.":
        "Values marked “press source” come from articles or copies of official documents; they are less reliable "
        "than an official publication. {indicators} indicators, {values} published values.",
    "Cible atteinte": "Target met",
    "Cible non atteinte": "Target not met",
    "Une hausse est une amélioration": "An increase is an improvement",
    "Une baisse est une amélioration": "A decrease is an improvement",
    "source officielle": "official source",
    "source presse": "press source",
    "non publié": "not published",
    "jours": "days",
    "point": "point",
    "{diff} par rapport à {period}": "{diff} compared with {period}",
    "période non précisée": "period not stated",
    "Aucune valeur réalisée publiée": "No actual value published",
    "Pas de cible publiée pour cette période": "No target published for this period",
    "→ stable": "→ stable",
    "↗ hausse": "↗ up",
    "↘ baisse": "↘ down",
    "favorable": "favourable",
    "défavorable": "unfavourable",
    "Cet indicateur national n'existe pas.": "This national indicator does not exist.",
    "Dernière valeur publiée : {period}": "Latest published value: {period}",
    "{theme} — unité : {unit}": "{theme} — unit: {unit}",
    "Les points réalisés ne sont reliés que pour des périodes consécutives de même nature ; les cibles sont "
    "des losanges. ":
        "Actual values are joined only for consecutive periods of the same kind; targets are diamonds. ",
    "Valeurs publiées — {label}": "Published values — {label}",
    "Définition": "Definition",
    "Sources": "Sources",
    "cible": "target",
    "réalisé": "actual",
    # About
    "Ce site rassemble les statistiques publiques du marché du travail par territoire. Chaque chiffre affiché "
    "indique sa source, sa période et son millésime.":
        "This site brings together public labour-market statistics by area. Every figure shown states its "
        "source, period and vintage.",
    "Sources du jeu de données": "Sources of the dataset",
    "Sources du jeu de données publié (version {version}, publiée le {day})":
        "Sources of the published dataset (version {version}, published on {day})",
    "Source": "Source",
    "Producteur": "Producer",
    "Millésime": "Vintage",
    "Licence": "Licence",
    "Récupérée le": "Retrieved on",
    "Nature": "Kind",
    "Adresse": "Address",
    "Démonstration": "Demonstration",
    "Réelles": "Real",
    "Territoires couverts": "Areas covered",
    "Les collectivités d'outre-mer (Saint-Pierre-et-Miquelon, Saint-Barthélemy, Saint-Martin, "
    "Wallis-et-Futuna, Polynésie française, Nouvelle-Calédonie) ne sont pas couvertes par les statistiques "
    "présentées ici.":
        "The overseas collectivities (Saint-Pierre-et-Miquelon, Saint-Barthélemy, Saint-Martin, "
        "Wallis-et-Futuna, French Polynesia, New Caledonia) are not covered by the statistics shown here.",
    "Tant que les fichiers officiels n'ont pas été chargés (commande « python -m dashboard data ingest »), les "
    "séries de demandeurs d'emploi, d'offres, de projets de recrutement et de taux de chômage sont des données "
    "de démonstration, générées de façon déterministe avec les mêmes structures que les données officielles. "
    "Elles sont signalées partout où elles apparaissent.":
        "Until the official files are loaded (command “python -m dashboard data ingest”), the series of "
        "jobseekers, job offers, hiring plans and unemployment rates are demonstration data, generated "
        "deterministically with the same structure as the official data. They are flagged wherever they appear.",
    "Licences": "Licences",
    "Code : licence MIT. Données : Licence Ouverte / Open Licence 2.0 d'Etalab ; réutilisation libre à "
    "condition de citer la source et la date de dernière mise à jour.":
        "Code: MIT licence. Data: Etalab Licence Ouverte / Open Licence 2.0; free reuse provided the source and "
        "the date of the last update are cited.",
    # Accessibility statement
    "Déclaration d'accessibilité": "Accessibility statement",
    "Emploi-Territoires s'engage à rendre son site accessible, conformément au référentiel général "
    "d'amélioration de l'accessibilité (RGAA 4.1), qui reprend les critères WCAG 2.1 de niveau AA.":
        "Emploi-Territoires is committed to making its site accessible, in line with the French accessibility "
        "framework (RGAA 4.1), which takes up the WCAG 2.1 level AA criteria.",
    "État de conformité": "Compliance status",
    "Le site est partiellement conforme au RGAA 4.1.": "The site is partially compliant with RGAA 4.1.",
    "Aucun audit RGAA complet par un organisme indépendant n'a encore été réalisé. Ce qui est vérifié "
    "automatiquement à chaque modification du code :":
        "No full RGAA audit by an independent body has been carried out yet. What is checked automatically on "
        "every change to the code:",
    "audit axe-core (règles WCAG 2.0 et 2.1, niveaux A et AA) de l'accueil, d'une page de commune, d'une petite "
    "commune, de la carte, des indicateurs nationaux, d'une fiche d'indicateur, des sources, de la page "
    "introuvable et d'une page à intégrer, en français et en anglais, à 1 280 et à 360 pixels de large : aucune "
    "anomalie grave ou critique ;":
        "an axe-core audit (WCAG 2.0 and 2.1 rules, levels A and AA) of the home page, a commune page, a small "
        "commune, the map, the national indicators, an indicator page, the sources, the not-found page and an "
        "embeddable page, in French and in English, 1,280 and 360 pixels wide: no serious or critical issue;",
    "parcours au clavier seul : lien d'évitement, recherche d'une commune par code postal, choix au clavier dans "
    "les suggestions, ouverture de la page, export des données, bascule de la série ;":
        "a keyboard-only journey: skip link, search for a commune by postcode, choice among the suggestions with "
        "the keyboard, opening the page, data export, switching the series;",
    "chaque graphique a un titre, un résumé en phrase, un tableau de données (« Voir les données ») et sa "
    "source ; les statuts des indicateurs sont dits en mots et par une icône, jamais par la couleur seule ; les "
    "palettes de la carte sont lisibles par les personnes daltoniennes ; les boutons des graphiques ont un "
    "nom ; la touche Échap ferme l'infobulle d'un graphique.":
        "every chart has a title, a one-sentence summary, a data table (“Show the data”) and its source; the "
        "status of the indicators is given in words and with an icon, never by colour alone; the map palettes "
        "are readable by colour-blind people; chart buttons have a name; the Escape key closes a chart's "
        "tooltip.",
    "Contenus non accessibles": "Non-accessible content",
    "Les cartes elles-mêmes ne sont pas utilisables au clavier ; le tableau placé dessous en donne toutes les "
    "valeurs, se trie et se feuillette au clavier et mène à la page de chaque territoire.":
        "The maps themselves cannot be used with a keyboard; the table below them gives all their values, can be "
        "sorted and paged with the keyboard and leads to each area's page.",
    "Les libellés des publications citées comme sources (titres, notes de période) restent en français dans la "
    "version anglaise.":
        "The titles of the publications cited as sources, and their period notes, stay in French in the English "
        "version.",
    "Retour d'information et contact": "Feedback and contact",
    "Si vous ne pouvez pas accéder à un contenu ou à un service, signalez-le sur le dépôt du projet (tickets) : "
    "nous vous répondrons et proposerons une autre façon d'obtenir l'information.":
        "If you cannot access some content or a service, report it on the project's repository (issues): we will "
        "answer and offer another way to get the information.",
    "Voir aussi ": "See also ",
    "les sources et méthodes": "the sources and methods",
    "Déclaration établie le 25 novembre 2026.": "Statement made on 25 November 2026.",
    # Export menu
    "PNG": "PNG",
    "PNG haute définition (2x)": "High-resolution PNG (2x)",
    "PNG carré (réseaux sociaux)": "Square PNG (social media)",
    "SVG (vectoriel)": "SVG (vector)",
    "CSV (données)": "CSV (data)",
    "XLSX (données et métadonnées)": "XLSX (data and metadata)",
    "Exporter, intégrer, citer": "Export, embed, cite",
    "Télécharger": "Download",
    "Intégrer": "Embed",
    "Copiez ce code dans votre page :": "Copy this code into your page:",
    "Copier le code d'intégration": "Copy the embed code",
    "Lien et citation": "Link and citation",
    "Copier le lien": "Copy the link",
    "Copier la citation": "Copy the citation",
    # Exports and embeds
    "Voir sur {site}": "See on {site}",
    "Source : {what} ; traitement {site} ({url}), consulté le {day}.":
        "Source: {what}; processing {site} ({url}), accessed on {day}.",
    "données de démonstration au format {source}": "demonstration data in the format of {source}",
    " et {count} autre(s) source(s)": " and {count} other source(s)",
    "{name} — données trimestrielles brutes, dix ans": "{name} — raw quarterly data, ten years",
    "Demandeurs d'emploi par sexe": "Jobseekers by sex",
    "Demandeurs d'emploi par âge": "Jobseekers by age",
    "Demandeurs d'emploi par ancienneté": "Jobseekers by time registered",
    "{level} — classes : {method}, {classes}": "{level} — classes: {method}, {classes}",
    "Période publiée": "Published period",
    "Période normalisée": "Normalised period",
    "Valeur": "Value",
    "Unité": "Unit",
    "Type de source": "Kind of source",
    "Adresse de la source": "Address of the source",
    "{theme} — valeurs publiées et cibles": "{theme} — published values and targets",
    "Titre": "Title",
    "Sous-titre": "Subtitle",
    "Permalien": "Permalink",
    "Citation": "Citation",
    "Exporté le": "Exported on",
    "Site": "Site",
    "Code période": "Period code",
    "{name} (indice base 100)": "{name} (index, base 100)",
    " (indice base 100)": " (index, base 100)",
    "valeurs publiées (voir chaque ligne)": "published values (see each row)",
    "oui — valeurs générées, non officielles": "yes — generated values, not official",
    "non": "no",
    "{site} — {url} — exporté le {day}": "{site} — {url} — exported on {day}",
    "Données": "Data",
    "Métadonnées": "Metadata",
    "Métadonnée": "Metadata",
}
