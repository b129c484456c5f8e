"""English texts, keyed by the French text they translate (see dashboard/i18n.py).

tests/test_i18n.py fails when a French text marked in the code has no entry here.
"""

MESSAGES: dict[str, str] = {
    "Voir sur {site}":
        "See on {site}",
    "Données de démonstration — valeurs générées, non officielles.":
        "Demonstration data — generated values, not official.",
    "Statistiques publiques du marché du travail par territoire : demandeurs d'emploi, chômage, recrutements.":
        "Public labour market statistics by area: jobseekers, unemployment, hiring.",
    "Page introuvable":
        "Page not found",
    " et {count} autre(s) source(s)":
        " and {count} other source(s)",
    "Source : {names}":
        "Source: {names}",
    "{theme} — valeurs publiées et cibles":
        "{theme} — published values and targets",
    "valeurs publiées (voir chaque ligne)":
        "published values (see each row)",
    "Période publiée":
        "Published period",
    "Période normalisée":
        "Normalised period",
    "Nature":
        "Kind",
    "Valeur":
        "Value",
    "Unité":
        "Unit",
    "Type de source":
        "Kind of source",
    "Source":
        "Source",
    "Adresse de la source":
        "Address of the source",
    "Valeur publiée":
        "Published value",
    "Cible":
        "Target",
    "cible":
        "target",
    "réalisé":
        "actual",
    "{label}, {period} : valeur la plus élevée pour {top} ({top_value} {unit}), la plus basse pour {bottom} ({bottom_value} {unit}) ; {missing} territoire(s) sans valeur.":
        "{label}, {period}: highest value in {top} ({top_value} {unit}), lowest in {bottom} ({bottom_value} {unit}); {missing} area(s) without a value.",
    "Aucune valeur disponible pour cette sélection.":
        "No value available for this selection.",
    " du département {dep}":
        " of department {dep}",
    "{level} — classes : {method}, {classes}":
        "{level} — classes: {method}, {classes}",
    "Code":
        "Code",
    "Territoire":
        "Area",
    "Valeur ({unit})":
        "Value ({unit})",
    "Rang":
        "Rank",
    "Statut":
        "Status",
    "Source : {what} ; traitement {site} ({url}), consulté le {day}.":
        "Source: {what}; processing {site} ({url}), accessed on {day}.",
    "Titre":
        "Title",
    "Sous-titre":
        "Subtitle",
    "Définition":
        "Definition",
    "Période":
        "Period",
    "Millésime":
        "Vintage",
    "Licence":
        "Licence",
    "Données de démonstration":
        "Demonstration data",
    "Permalien":
        "Permalink",
    "Citation":
        "Citation",
    "Exporté le":
        "Exported on",
    "Site":
        "Site",
    "oui — valeurs générées, non officielles":
        "yes — generated values, not official",
    "non":
        "no",
    "Fin {period}, {name} compte {count} demandeurs d'emploi inscrits (catégories A à E), {trend}.":
        "At the end of {period}, {name} has {count} registered jobseekers (categories A to E), {trend}.",
    "Taux de chômage localisé (INSEE, au sens du BIT)":
        "Local unemployment rate (INSEE, ILO definition)",
    "Taux de chômage des 15-64 ans au sens du recensement (2018)":
        "Unemployment rate of people aged 15 to 64, census definition (2018)",
    "Taux de chômage des 15-64 ans au recensement de 2018 : {values}.":
        "Unemployment rate of people aged 15 to 64 in the 2018 census: {values}.",
    "Les métiers qui recrutent le plus — {area}, BMO {year}":
        "The jobs with the most hiring projects — {area}, BMO {year}",
    "En {year}, les employeurs de {area} prévoient le plus de recrutements pour : {jobs}.":
        "In {year}, employers in {area} plan the most hires for: {jobs}.",
    "Demandeurs d'emploi":
        "Jobseekers",
    "Taux de chômage localisé":
        "Local unemployment rate",
    "Recensement":
        "Census",
    "Projets de recrutement":
        "Hiring projects",
    "Demandeurs d'emploi, catégories A à E — indice base 100 en {period}":
        "Jobseekers, categories A to E — index, {period} = 100",
    "{name} — données brutes, fin de mois":
        "{name} — raw data, end of month",
    "Aucun chiffre de demandeurs d'emploi n'est disponible.":
        "No jobseeker figure is available.",
    "évolution sur un an non disponible":
        "one-year change not available",
    "Données trimestrielles corrigées des variations saisonnières":
        "Quarterly data, seasonally adjusted",
    "Recensement de la population 2018, rapport des chômeurs aux actifs de 15 à 64 ans":
        "2018 population census, unemployed people over the labour force aged 15 to 64",
    "Enquête Besoins en main-d'œuvre, somme des cellules publiées":
        "Besoins en main-d'œuvre survey, sum of the published cells",
    "Code période":
        "Period code",
    "aucun chiffre de demandeurs d'emploi pour ce territoire":
        "no jobseeker figures for this area",
    "Demandeurs d'emploi par catégorie — {name}":
        "Jobseekers by category — {name}",
    "Demandeurs d'emploi inscrits en fin de mois, catégories A à E — {name}":
        "Jobseekers registered at the end of the month, categories A to E — {name}",
    "stable sur un an":
        "stable over one year",
    "aucun taux de chômage localisé pour ce territoire":
        "no local unemployment rate for this area",
    "Taux de chômage localisé : {values}.":
        "Local unemployment rate: {values}.",
    "pas de chiffres du recensement pour ce territoire":
        "no census figures for this area",
    "{label} ({unit}, {period})":
        "{label} ({unit}, {period})",
    "pas de projets de recrutement publiés pour ce territoire":
        "no hiring projects published for this area",
    "{count} projets, {share} difficiles":
        "{count} projects, {share} difficult",
    "{count} projets":
        "{count} projects",
    "en hausse de {percent} sur un an":
        "up {percent} over one year",
    "en baisse de {percent} sur un an":
        "down {percent} over one year",
    "Métier":
        "Job",
    "Code métier ({nomenclature})":
        "Job code ({nomenclature})",
    "Part jugée difficile (%)":
        "Share judged difficult (%)",
    "Part saisonnière (%)":
        "Seasonal share (%)",
    "pas de série par catégorie pour ce territoire":
        "no series by category for this area",
    "Catégories A à E":
        "Categories A to E",
    "DONNÉES DE DÉMONSTRATION":
        "DEMONSTRATION DATA",
    "certaines valeurs sont calculées par Emploi-Territoires à partir des valeurs publiées":
        "some values are computed by Emploi-Territoires from the published values",
    "Source : non renseignée":
        "Source: not stated",
    "période : {period}":
        "period: {period}",
    "Taux de chômage localisé (INSEE)":
        "Local unemployment rate (INSEE)",
    "Recensement de la population":
        "Population census",
    "Offres d'emploi":
        "Job offers",
    "Retour à l'emploi":
        "Return to employment",
    "Satisfaction des demandeurs d'emploi":
        "Jobseekers' satisfaction",
    "Satisfaction des entreprises":
        "Employers' satisfaction",
    "Formation":
        "Training",
    "Indemnisation":
        "Unemployment benefits",
    "Pilotage interne":
        "Internal management",
    "pourcentage":
        "percentage",
    "par an":
        "a year",
    "évolution annuelle, en pourcentage":
        "annual change, in percent",
    "jours":
        "days",
    "nombre de jours":
        "number of days",
    "nombre":
        "number",
    "nombre, cumulé sur douze mois d'octobre à septembre":
        "number, summed over twelve months from October to September",
    "nombre, cumulé sur l'année":
        "number, summed over the year",
    "sur 14":
        "out of 14",
    "nombre d'indicateurs à la cible, sur 14":
        "number of indicators on target, out of 14",
    "par trimestre":
        "per quarter",
    "nombre par trimestre":
        "number per quarter",
    "unité non précisée par la source":
        "unit not stated by the source",
    "unité non précisée par la source (probablement un pourcentage)":
        "unit not stated by the source (probably a percentage)",
    "France (hors collectivités d'outre-mer)":
        "France (excluding overseas collectivities)",
    "France métropolitaine":
        "Metropolitan France",
    "pays":
        "country",
    "Pays":
        "Country",
    "région":
        "region",
    "Régions":
        "Regions",
    "département":
        "department",
    "Départements":
        "Departments",
    "zone d'emploi":
        "employment zone",
    "Zones d'emploi":
        "Employment zones",
    "partie régionale de zone d'emploi":
        "regional part of an employment zone",
    "Parties régionales de zones d'emploi":
        "Regional parts of employment zones",
    "bassin d'emploi (BMO)":
        "employment area (BMO)",
    "Bassins d'emploi (BMO)":
        "Employment areas (BMO)",
    "intercommunalité (EPCI)":
        "inter-municipality (EPCI)",
    "Intercommunalités (EPCI)":
        "Inter-municipalities (EPCI)",
    "commune":
        "commune",
    "Communes":
        "Communes",
    "arrondissement municipal":
        "municipal arrondissement",
    "Arrondissements municipaux":
        "Municipal arrondissements",
    "publié":
        "published",
    "calculé à partir des valeurs publiées":
        "computed from the published values",
    "secret statistique":
        "statistical confidentiality",
    "non disponible":
        "not available",
    "valeur contradictoire dans le fichier source":
        "conflicting values in the source file",
    "non publié pour une commune de moins de 5 000 habitants":
        "not published for a commune with fewer than 5,000 inhabitants",
    "provisoire":
        "provisional",
    "{site} — {url} — exporté le {day}":
        "{site} — {url} — exported on {day}",
    "DONNÉES DE DÉMONSTRATION, NON OFFICIELLES":
        "DEMONSTRATION DATA, NOT OFFICIAL",
    "Données":
        "Data",
    "Métadonnées":
        "Metadata",
    "Métadonnée":
        "Metadata",
    "Pas de données pour cette répartition.":
        "No data for this breakdown.",
    "rang {rank} sur {total}":
        "rank {rank} of {total}",
    "valeurs":
        "values",
    "de {low} à {high}":
        "{low} to {high}",
    "plus de {low} à {high}":
        "over {low} to {high}",
    "Donnée manquante ou secrète ({count})":
        "Missing or confidential value ({count})",
    "Aucune valeur datée publiée.":
        "No dated value published.",
    "Pas de données pour cette série.":
        "No data for this series.",
    "rupture de série":
        "series break",
    "Quantiles (effectifs égaux)":
        "Quantiles (equal counts)",
    "Intervalles égaux":
        "Equal intervals",
    "Seuils naturels (Jenks)":
        "Natural breaks (Jenks)",
    "À propos et sources":
        "About and sources",
    "Ce site rassemble les statistiques publiques du marché du travail par territoire. Chaque chiffre affiché indique sa source, sa période et son millésime.":
        "This site brings together public labour-market statistics by area. Every figure shown states its source, period and vintage.",
    "Sources du jeu de données":
        "Sources of the dataset",
    "Territoires couverts":
        "Areas covered",
    "Les collectivités d'outre-mer (Saint-Pierre-et-Miquelon, Saint-Barthélemy, Saint-Martin, Wallis-et-Futuna, Polynésie française, Nouvelle-Calédonie) ne sont pas couvertes par les statistiques présentées ici.":
        "The overseas collectivities (Saint-Pierre-et-Miquelon, Saint-Barthélemy, Saint-Martin, Wallis-et-Futuna, French Polynesia, New Caledonia) are not covered by the statistics shown here.",
    "Ce que disent les chiffres":
        "What the figures say",
    "Les chiffres calculés par Emploi-Territoires (sommes de départements, rapports de sommes, totaux des cellules publiées) portent le statut « calculé » dans les exports et l'API ; une valeur secrète ou non publiée n'est jamais remplacée par zéro.":
        "Figures computed by Emploi-Territoires (sums of départements, ratios of sums, totals of published cells) carry the status “derived” in the exports and the API; a secret or unpublished value is never replaced by zero.",
    "Licences":
        "Licences",
    "Code : licence MIT. Données : Licence Ouverte / Open Licence 2.0 d'Etalab ; réutilisation libre à condition de citer la source et la date de dernière mise à jour.":
        "Code: MIT licence. Data: Etalab Licence Ouverte / Open Licence 2.0; free reuse provided the source and the date of the last update are cited.",
    "Réelles":
        "Real",
    "Sources du jeu de données publié (version {version}, publiée le {day})":
        "Sources of the published dataset (version {version}, published on {day})",
    "Démonstration":
        "Demonstration",
    "Producteur":
        "Producer",
    "Récupérée le":
        "Retrieved on",
    "Adresse":
        "Address",
    "Déclaration d'accessibilité":
        "Accessibility statement",
    "Emploi-Territoires s'engage à rendre son site accessible, conformément au référentiel général d'amélioration de l'accessibilité (RGAA 4.1), qui reprend les critères WCAG 2.1 de niveau AA.":
        "Emploi-Territoires is committed to making its site accessible, in line with the French accessibility framework (RGAA 4.1), which takes up the WCAG 2.1 level AA criteria.",
    "État de conformité":
        "Compliance status",
    "Aucun audit RGAA complet par un organisme indépendant n'a encore été réalisé. Ce qui est vérifié automatiquement à chaque modification du code :":
        "No full RGAA audit by an independent body has been carried out yet. What is checked automatically on every change to the code:",
    "Contenus non accessibles":
        "Non-accessible content",
    "Retour d'information et contact":
        "Feedback and contact",
    "Si vous ne pouvez pas accéder à un contenu ou à un service, signalez-le sur le dépôt du projet (tickets) : nous vous répondrons et proposerons une autre façon d'obtenir l'information.":
        "If you cannot access some content or a service, report it on the project's repository (issues): we will answer and offer another way to get the information.",
    "Déclaration établie le 25 novembre 2026.":
        "Statement made on 25 November 2026.",
    "Le site est partiellement conforme au RGAA 4.1.":
        "The site is partially compliant with RGAA 4.1.",
    "Voir aussi ":
        "See also ",
    "audit axe-core (règles WCAG 2.0 et 2.1, niveaux A et AA) de l'accueil, d'une page de commune, d'une petite commune, de la carte, des indicateurs nationaux, d'une fiche d'indicateur, des sources, de la page introuvable et d'une page à intégrer, en français et en anglais, à 1 280 et à 360 pixels de large : aucune anomalie grave ou critique ;":
        "an axe-core audit (WCAG 2.0 and 2.1 rules, levels A and AA) of the home page, a commune page, a small commune, the map, the national indicators, an indicator page, the sources, the not-found page and an embeddable page, in French and in English, 1,280 and 360 pixels wide: no serious or critical issue;",
    "parcours au clavier seul : lien d'évitement, recherche d'une commune par code postal, choix au clavier dans les suggestions, ouverture de la page, export des données, bascule de la série ;":
        "a keyboard-only journey: skip link, search for a commune by postcode, choice among the suggestions with the keyboard, opening the page, data export, switching the series;",
    "chaque graphique a un titre, un résumé en phrase, un tableau de données (« Voir les données ») et sa source ; les statuts des indicateurs sont dits en mots et par une icône, jamais par la couleur seule ; les palettes de la carte sont lisibles par les personnes daltoniennes ; les boutons des graphiques ont un nom ; la touche Échap ferme l'infobulle d'un graphique.":
        "every chart has a title, a one-sentence summary, a data table (“Show the data”) and its source; the status of the indicators is given in words and with an icon, never by colour alone; the map palettes are readable by colour-blind people; chart buttons have a name; the Escape key closes a chart's tooltip.",
    "Les cartes elles-mêmes ne sont pas utilisables au clavier ; le tableau placé dessous en donne toutes les valeurs, se trie et se feuillette au clavier et mène à la page de chaque territoire.":
        "The maps themselves cannot be used with a keyboard; the table below them gives all their values, can be sorted and paged with the keyboard and leads to each area's page.",
    "Les libellés des publications citées comme sources (titres, notes de période) restent en français dans la version anglaise.":
        "The titles of the publications cited as sources, and their period notes, stay in French in the English version.",
    "les sources et méthodes":
        "the sources and methods",
    "Légende ({unit})":
        "Legend ({unit})",
    "Carte des indicateurs":
        "Map of the indicators",
    "Choisissez un indicateur, un niveau géographique et une période. Cliquez sur un département pour voir ses communes, sur une commune pour ouvrir sa page.":
        "Choose an indicator, a geographic level and a period. Click a department to see its communes, a commune to open its page.",
    "Aucun indicateur ne peut être cartographié avec les données publiées.":
        "No indicator can be mapped with the published data.",
    "Indicateur":
        "Indicator",
    "Niveau":
        "Level",
    "Département":
        "Department",
    "Classes":
        "Classes",
    "Nombre de classes":
        "Number of classes",
    "Réglages de la carte":
        "Map settings",
    "Voir les données (tableau triable)":
        "Show the data (sortable table)",
    "Toute la France":
        "All of France",
    "Commune introuvable":
        "Commune not found",
    "{name} : l'emploi dans la commune":
        "{name}: jobs in the commune",
    "Aucune commune ne porte le code INSEE « {code} ».":
        "No commune has the INSEE code “{code}”.",
    "Définition : ":
        "Definition: ",
    "Rechercher une commune":
        "Search for a commune",
    "ces chiffres sont générés pour illustrer l'outil et ne sont pas des statistiques officielles.":
        "these figures are generated to illustrate the tool and are not official statistics.",
    "Voir les données":
        "Show the data",
    "Rechercher":
        "Search",
    "Suggestions":
        "Suggestions",
    "Code postal, commune ou code INSEE (ex. 33000)":
        "Postcode, commune or INSEE code (e.g. 33000)",
    "le marché du travail près de chez vous":
        "the job market near you",
    "L'emploi dans votre commune":
        "Jobs in your commune",
    "Demandeurs d'emploi, taux de chômage, projets de recrutement : tapez un code postal, un nom de commune ou un code INSEE.":
        "Jobseekers, unemployment rates, hiring projects: type a postcode, a commune's name or an INSEE code.",
    "Régions, départements, zones d'emploi et communes, indicateur par indicateur.":
        "Regions, departments, employment zones and communes, indicator by indicator.",
    "Retours à l'emploi, satisfaction des demandeurs d'emploi et des entreprises, face à leurs cibles.":
        "Returns to employment, satisfaction of jobseekers and of companies, against their targets.",
    "D'où vient chaque chiffre, son millésime et sa licence.":
        "Where each figure comes from, its vintage and its licence.",
    "Explorer la carte":
        "Explore the map",
    "Indicateurs nationaux":
        "National indicators",
    "Sources et méthodes":
        "Sources and methods",
    "Dernière valeur publiée : {period}":
        "Latest published value: {period}",
    "Aucune valeur réalisée publiée":
        "No actual value published",
    " : {value} ({period})":
        ": {value} ({period})",
    "Cet indicateur national n'existe pas.":
        "This national indicator does not exist.",
    "non publié":
        "not published",
    "{theme} — unité : {unit}":
        "{theme} — unit: {unit}",
    "Sources":
        "Sources",
    "Fil d'Ariane":
        "Breadcrumb",
    "Valeurs publiées — {label}":
        "Published values — {label}",
    "Les points réalisés ne sont reliés que pour des périodes consécutives de même nature ; les cibles sont des losanges. ":
        "Actual values are joined only for consecutive periods of the same kind; targets are diamonds. ",
    "Sources : {names}":
        "Sources: {names}",
    "Cible {period} : {value}":
        "Target {period}: {value}",
    "Dernière valeur":
        "Latest value",
    "Cible (même période)":
        "Target (same period)",
    "Tendance":
        "Trend",
    "Indicateurs nationaux de performance":
        "National performance indicators",
    "Chiffre-clé":
        "Key figure",
    "valeur ancienne : la plus récente publiée":
        "old value: the most recent published",
    "Unité : {unit}":
        "Unit: {unit}",
    "officielle":
        "official",
    "presse":
        "press",
    "Vue de synthèse":
        "Overview",
    "Les résultats publiés du service public de l'emploi (Pôle emploi, puis France Travail), face à leurs cibles lorsqu'elles ont été publiées. Chaque valeur renvoie à sa source ; une année sans valeur publiée est indiquée « non publié », jamais estimée.":
        "The published results of the public employment service (Pôle emploi, then France Travail), against their targets where these were published. Every value links to its source; a year without a published value is marked “not published”, never estimated.",
    "Les valeurs marquées « source presse » sont reprises d'articles ou de copies de documents officiels ; elles sont moins sûres qu'une publication officielle. {indicators} indicateurs, {values} valeurs publiées.":
        "Values marked “press source” come from articles or copies of official documents; they are less reliable than an official publication. {indicators} indicators, {values} published values.",
    "Période : {period}":
        "Period: {period}",
    "atteinte":
        "met",
    "non atteinte":
        "not met",
    "Vue de synthèse des indicateurs":
        "Overview of the indicators",
    "Thèmes":
        "Themes",
    "des entreprises satisfaites concernant la pertinence des candidats présélectionnés":
        "of companies satisfied with the relevance of the shortlisted candidates",
    "Tous les indicateurs : dernière valeur publiée, cible de la même période, statut et tendance":
        "All indicators: latest published value, target for the same period, status and trend",
    "Une hausse est une amélioration":
        "An increase is an improvement",
    "Une baisse est une amélioration":
        "A decrease is an improvement",
    "source officielle":
        "official source",
    "source presse":
        "press source",
    "{diff} par rapport à {period}":
        "{diff} compared with {period}",
    "période non précisée":
        "period not stated",
    "Cible atteinte":
        "Target met",
    "Cible non atteinte":
        "Target not met",
    "→ stable":
        "→ stable",
    "points":
        "points",
    "point":
        "point",
    "Pas de cible publiée pour cette période":
        "No target published for this period",
    "↗ hausse":
        "↗ up",
    "↘ baisse":
        "↘ down",
    "favorable":
        "favourable",
    "défavorable":
        "unfavourable",
    "Effectif":
        "Count",
    "Trier par cette colonne":
        "Sort by this column",
    "Page précédente":
        "Previous page",
    "Page {page} sur {pages}":
        "Page {page} of {pages}",
    "Page suivante":
        "Next page",
    "Cette page n'existe pas.":
        "This page does not exist.",
    "Cherchez une commune par son code postal, son nom ou son code INSEE :":
        "Search for a commune by its postcode, name or INSEE code:",
    "Un problème est survenu":
        "Something went wrong",
    "Cette page n'a pas pu être affichée. Réessayez plus tard ou revenez à l'accueil.":
        "This page could not be displayed. Try again later or go back to the home page.",
    "Code postal {query}":
        "Postcode {query}",
    "Code INSEE {query}":
        "INSEE code {query}",
    "Noms":
        "Names",
    "Aucune commune ne s'appelle « {query} » ; les noms les plus proches":
        "No commune is called “{query}”; the closest names",
    "{count} habitants":
        "{count} inhabitants",
    "{count} communes ont le code postal {query}":
        "{count} communes have the postcode {query}",
    "Recherche":
        "Search",
    "Aucune commune ne correspond à « {query} ».":
        "No commune matches “{query}”.",
    "Essayez un code postal à 5 chiffres, ex. 33000.":
        "Try a 5-digit postcode, e.g. 33000.",
    "Recherche : « {query} »":
        "Search: “{query}”",
    "PNG":
        "PNG",
    "PNG haute définition (2x)":
        "High-resolution PNG (2x)",
    "PNG carré (réseaux sociaux)":
        "Square PNG (social media)",
    "SVG (vectoriel)":
        "SVG (vector)",
    "CSV (données)":
        "CSV (data)",
    "XLSX (données et métadonnées)":
        "XLSX (data and metadata)",
    "Exporter, intégrer, citer":
        "Export, embed, cite",
    "Télécharger":
        "Download",
    "Intégrer":
        "Embed",
    "Copiez ce code dans votre page :":
        "Copy this code into your page:",
    "Copier le code d'intégration":
        "Copy the embed code",
    "Lien et citation":
        "Link and citation",
    "Copier le lien":
        "Copy the link",
    "Copier la citation":
        "Copy the citation",
    "Accueil":
        "Home",
    "Carte":
        "Map",
    "Aller au contenu":
        "Skip to content",
    "{site} — logiciel libre (licence MIT). Données : INSEE, DARES, France Travail (Licence Ouverte 2.0) et ":
        "{site} — free software (MIT licence). Data: INSEE, DARES, France Travail (Licence Ouverte 2.0) and ",
    "Aucun traceur, aucune ressource externe : tout est servi par ce site. ":
        "No trackers, no external resources: everything is served by this site. ",
    "Le marché du travail près de chez vous":
        "The job market near you",
    "Navigation principale":
        "Main navigation",
    "sources détaillées":
        "detailed sources",
    "Accessibilité : partiellement conforme":
        "Accessibility: partially compliant",
    "API de données ouvertes":
        "Open data API",
    "Territoire introuvable":
        "Area not found",
    "{name} : l'emploi sur le territoire":
        "{name}: jobs in the area",
    "Ce territoire n'existe pas dans le référentiel.":
        "This area does not exist in the territorial reference.",
    "Nombre de demandeurs":
        "Number of jobseekers",
    "Indice base 100 (comparaison avec le département, la région et la France)":
        "Index, base 100 (compared with the département, the region and France)",
    "Par catégorie (1996–2016)":
        "By category (1996–2016)",
    "{diff} ({percent}) par rapport à {period}":
        "{diff} ({percent}) compared with {period}",
    "Les demandeurs d'emploi ne sont publiés que pour les communes de {threshold} habitants ou plus : voici ceux de {subject}.":
        "Jobseekers are only published for communes of {threshold} inhabitants or more: here are those of {subject}.",
    "Les demandeurs d'emploi sont publiés pour la commune entière : voici ceux de {subject}.":
        "Jobseekers are published for the whole commune: here are those of {subject}.",
    "Les demandeurs d'emploi ne sont pas publiés à ce niveau : voici ceux de {subject}.":
        "Jobseekers are not published at this level: here are those of {subject}.",
    "Le fichier source donne deux valeurs différentes pour cette commune et un même mois : aucune n'est affichée. Voici les chiffres de {subject}.":
        "The source file gives two different values for this commune and the same month: neither is shown. Here are the figures of {subject}.",
    "Cette commune ne figure pas dans le fichier des demandeurs d'emploi : voici les chiffres de {subject}.":
        "This commune is not in the jobseeker file: here are the figures of {subject}.",
    "{name} : {facts}.":
        "{name}: {facts}.",
    "Le niveau de vie médian et le taux de pauvreté ne sont publiés que par commune : une médiane ne s'additionne pas.":
        "The median standard of living and the poverty rate are published by commune only: a median does not add up.",
    "Le recensement de 2018":
        "The 2018 census",
    "Recrutements prévus par les employeurs de {area} pour {year} ; un total est la somme des cellules publiées, sans les cellules couvertes par le secret statistique.":
        "Hires planned by employers in {area} for {year}; a total is the sum of the published cells, without the cells under statistical secrecy.",
    "Projets de recrutement — {area}, {year}":
        "Hiring projects — {area}, {year}",
    "Commune":
        "Commune",
    "Intercommunalité (EPCI)":
        "Inter-municipality (EPCI)",
    "Zone d'emploi":
        "Employment zone",
    "Bassin d'emploi (BMO)":
        "Employment area (BMO)",
    "Région":
        "Region",
    "Le marché du travail à {name}.":
        "The job market in {name}.",
    "Chiffre de {name}":
        "Figure for {name}",
    "Aucun chiffre de demandeurs d'emploi n'est publié pour ce territoire ni pour ses territoires d'appartenance.":
        "No jobseeker figure is published for this area or for the areas it belongs to.",
    "Profil du recensement de 2018 et des revenus de 2019":
        "Profile from the 2018 census and 2019 incomes",
    "Jugés difficiles":
        "Judged difficult",
    "Saisonniers":
        "Seasonal",
    "{count} habitants ({year})":
        "{count} inhabitants ({year})",
    "taux de chômage {percent} ({kind}, {period})":
        "unemployment rate {percent} ({kind}, {period})",
    "{count} projets de recrutement en {year}":
        "{count} hiring projects in {year}",
    "Demandeurs d'emploi inscrits, catégories A à E, fin {period}":
        "Registered jobseekers, categories A to E, end of {period}",
    "Taux de chômage localisé (INSEE), {period}":
        "Local unemployment rate (INSEE), {period}",
    "{kind} : {name}":
        "{kind}: {name}",
    "Projets de recrutement {year} (BMO)":
        "Hiring projects {year} (BMO)",
    "Chiffres clés":
        "Key figures",
    "Demandeurs d'emploi inscrits à France Travail":
        "Jobseekers registered with France Travail",
    "Comparaison, fin {period}":
        "Comparison, end of {period}",
    "Demandeurs d'emploi, catégories A à E, fin {period}":
        "Jobseekers, categories A to E, end of {period}",
    "{change} par rapport à {year}":
        "{change} compared with {year}",
    "Population":
        "Population",
    "{count} habitants (population municipale légale {year})":
        "{count} inhabitants (legal municipal population {year})",
    "Codes postaux":
        "Postcodes",
    "Code INSEE":
        "INSEE code",
    "Le territoire":
        "The area",
    "{share} jugés difficiles":
        "{share} judged difficult",
    "Aucun chiffre du marché du travail n'est publié pour ce territoire.":
        "No labour market figure is published for this area.",
    "Demandeurs A à E":
        "Jobseekers A to E",
    "Évolution sur un an":
        "Change over one year",
    "L'enquête Besoins en main-d'œuvre ne publie pas de chiffres pour ce territoire.":
        "The Besoins en main-d'œuvre survey publishes no figures for this area.",
    "{count} demandeurs d'emploi (catégories A à E) fin {period}":
        "{count} jobseekers (categories A to E) at the end of {period}",
    " ({subject})":
        " ({subject})",
    "Affichage de la série":
        "Series display",
    ", {change} sur un an":
        ", {change} over one year",
    "Demandeurs d'emploi (A à E) pour 100 actifs":
        "Jobseekers (A to E) per 100 people in the labour force",
    "pour 100 actifs":
        "per 100 in the labour force",
    "Demandeurs d'emploi inscrits en fin de mois, toutes catégories (A à E), pour 100 actifs de 15 à 64 ans au recensement de 2018. Le numérateur est du mois choisi, le dénominateur de 2018 : c'est un ordre de grandeur pour comparer les territoires, pas un taux de chômage.":
        "Jobseekers registered at the end of the month, all categories (A to E), per 100 people aged 15 to 64 in the labour force in the 2018 census. The numerator is of the chosen month, the denominator of 2018: an order of magnitude to compare areas, not an unemployment rate.",
    "Évolution sur un an des demandeurs d'emploi (A à E)":
        "Change over one year of jobseekers (A to E)",
    "Variation en pourcentage du nombre de demandeurs d'emploi inscrits en fin de mois, catégories A à E, par rapport au même mois un an plus tôt.":
        "Percentage change in the number of jobseekers registered at the end of the month, categories A to E, compared with the same month a year earlier.",
    "Part des chômeurs au sens du BIT dans la population active, moyenne trimestrielle CVS.":
        "Share of ILO-unemployed people in the labour force, quarterly average, seasonally adjusted.",
    "Taux de chômage des 15-64 ans (recensement 2018)":
        "Unemployment rate, aged 15 to 64 (2018 census)",
    "Part des chômeurs déclarés parmi les actifs de 15 à 64 ans au recensement de 2018 ; ne se compare pas au taux de chômage localisé.":
        "Share of self-declared unemployed people among the labour force aged 15 to 64 in the 2018 census; not comparable with the local unemployment rate.",
    "Projets de recrutement jugés difficiles (BMO)":
        "Hiring projects judged difficult (BMO)",
    "Part des projets de recrutement que les employeurs jugent difficiles, sur les cellules publiées de l'enquête Besoins en main-d'œuvre.":
        "Share of hiring projects that employers judge difficult, over the published cells of the Besoins en main-d'œuvre survey.",
    "Projets de recrutement saisonniers (BMO)":
        "Seasonal hiring projects (BMO)",
    "Part des projets de recrutement liés à une activité saisonnière, sur les cellules publiées de l'enquête Besoins en main-d'œuvre.":
        "Share of hiring projects linked to a seasonal activity, over the published cells of the Besoins en main-d'œuvre survey.",
    "Niveau de vie médian (2019)":
        "Median standard of living (2019)",
    "€ par an":
        "€ a year",
    "Niveau de vie médian des habitants en 2019 (Filosofi), par commune.":
        "Median standard of living of the inhabitants in 2019 (Filosofi), by commune.",
    "Taux de pauvreté (2019)":
        "Poverty rate (2019)",
    "Part des habitants sous le seuil de pauvreté (60 % du niveau de vie médian) en 2019.":
        "Share of inhabitants below the poverty line (60% of the median standard of living) in 2019.",
    'Emploi-Territoires : statistiques publiques du marché du travail par territoire':
        'Emploi-Territoires: public labour-market statistics by area',
    "Demandeurs d'emploi, taux de chômage localisés et du recensement, projets de recrutement et indicateurs nationaux de France Travail, pour chaque commune, intercommunalité, zone d'emploi, bassin d'emploi, département et région de France, avec leur source, leur période et leur millésime.":
        "Job seekers, localised and census unemployment rates, hiring projects and France Travail's national indicators, for every commune, intercommunality, employment zone, employment area, département and region of France, each with its source, period and vintage.",
    "demandeurs d'emploi":
        'job seekers',
    'chômage':
        'unemployment',
    'recrutements':
        'hiring',
    "Demandeurs d'emploi par département (CSV)":
        'Job seekers by département (CSV)',
    "Description de l'API (OpenAPI)":
        'API description (OpenAPI)',
    'Sources : INSEE, France Travail, DARES — {url}':
        'Sources: INSEE, France Travail, DARES — {url}',
    'Carte : {title}. Les valeurs sont dans le tableau sous la carte.':
        'Map: {title}. The values are in the table below the map.',
    'Guadeloupe':
        'Guadeloupe',
    'Martinique':
        'Martinique',
    'Guyane':
        'French Guiana',
    'La Réunion':
        'Réunion',
    'Mayotte':
        'Mayotte',
    'Paris et petite couronne':
        'Paris and its inner suburbs',
    "« {indicator} » n'est pas publié pour le niveau « {asked} » : la carte montre le niveau « {shown} ».":
        '“{indicator}” is not published for the level “{asked}”: the map shows the level “{shown}”.',
    "Le choix d'un département ne vaut que pour les communes et les intercommunalités : la carte montre toute la France.":
        'Choosing a département only applies to communes and intercommunalities: the map shows the whole of France.',
    # Jobs pages
    "{job} : les bassins où les employeurs prévoient le plus de recrutements, BMO {year}":
        "{job}: the areas where employers plan the most hires, BMO {year}",
    "{job}, {year} : le plus de projets de recrutement dans les bassins de {places}.":
        "{job}, {year}: the most hiring projects in the areas of {places}.",
    "Part des projets jugés difficiles (%)": "Share of projects deemed difficult (%)",
    "{job} : part des projets jugés difficiles par bassin, BMO {year}":
        "{job}: share of projects deemed difficult by area, BMO {year}",
    "{count} bassins sur {total} ont une part publiée ; la plus élevée : {top} ({value}).":
        "{count} areas out of {total} have a published share; the highest: {top} ({value}).",
    "Code {nomenclature} {code}": "{nomenclature} code {code}",
    "Évolution sur un an (%)": "Change over a year (%)",
    "Bassin": "Employment area",
    "Code du bassin": "Area code",
    "pas de projet publié": "no published project",
    "bassin d'emploi": "employment area",
    "France": "France",
    "Intensité des embauches : les employeurs recrutent beaucoup au regard du nombre de personnes qui exercent ce métier.":
        "Hiring intensity: employers hire a lot compared with the number of people in this job.",
    "Lien entre formation et emploi : le métier demande une formation précise, que peu de candidats ont.":
        "Link between training and job: the job requires specific training that few candidates have.",
    "Manque de main-d'œuvre disponible : peu de demandeurs d'emploi cherchent ce métier au regard des offres.":
        "Lack of available workers: few jobseekers look for this job compared with the vacancies.",
    "Non-durabilité de l'emploi : les contrats sont courts, les postes à pourvoir reviennent souvent.":
        "Non-lasting employment: contracts are short, positions come up again often.",
    "Conditions de travail contraignantes : horaires, pénibilité, risques.":
        "Demanding working conditions: hours, hardship, risks.",
    "Inadéquation géographique : les candidats ne vivent pas là où sont les emplois.":
        "Geographical mismatch: candidates do not live where the jobs are.",
    "très faible": "very low",
    "faible": "low",
    "moyenne": "medium",
    "forte": "high",
    "très forte": "very high",
    "{area} : en {year}, les employeurs prévoient {count} recrutements (cellules publiées)":
        "{area}: in {year}, employers plan {count} hires (published cells)",
    "Métiers classés par projets de recrutement, BMO {year} ({count} métiers)":
        "Jobs ranked by hiring projects, BMO {year} ({count} jobs)",
    "En {year}, les employeurs prévoient {count} recrutements de « {job} » dans les bassins où le chiffre est publié ; {secret} bassins sont au secret statistique.":
        "In {year}, employers plan {count} hires as “{job}” in the areas where the figure is published; {secret} areas are under statistical secrecy.",
    "Part jugée difficile": "Share deemed difficult",
    "Part saisonnière": "Seasonal share",
    "non couvert": "not covered",
    "oui": "yes",
    " ; {share} sont jugés difficiles": "; {share} are deemed difficult",
    "Un total est la somme des cellules publiées : les cellules couvertes par le secret statistique n'y figurent pas. Un métier au secret statistique n'a pas de valeur, et n'est pas classé.":
        "A total is the sum of the published cells: cells under statistical secrecy are left out. A job under statistical secrecy has no value and is not ranked.",
    "Les métiers qui recrutent — {area}": "Jobs that are hiring — {area}",
    "{job} : projets de recrutement par bassin, part jugée difficile, tension.":
        "{job}: hiring projects by area, share deemed difficult, tension.",
    "Tension (DARES 2019)": "Tension (DARES 2019)",
    "Liste des métiers en tension (2024)": "Official shortage list (2024)",
    "Toutes les familles": "All families",
    "Page du territoire : {name}": "Area page: {name}",
    "L'évolution compare {year} à {previous}, deux enquêtes aux mêmes codes métier.":
        "The change compares {year} with {previous}, two surveys with the same job codes.",
    "Pas d'évolution sur un an : l'enquête précédente utilise une autre nomenclature des métiers.":
        "No change over a year: the previous survey uses another job classification.",
    "La tension est celle que la DARES a mesurée en 2019 (classe de 1, très faible, à 5, très forte) ; elle ne dit rien de la situation actuelle. La liste des métiers en tension est celle de l'arrêté du 1er mars 2024 pour la région.":
        "Tension is what DARES measured in 2019 (class 1, very low, to 5, very high); it says nothing about the current situation. The shortage list is the région's list in the order of 1 March 2024.",
    "Les indicateurs de tension (2019 à 2021) et la liste des métiers en tension de 2024 sont publiés dans l'ancienne nomenclature (FAP 2009) : ils ne couvrent que l'enquête 2023.":
        "Tension indicators (2019 to 2021) and the 2024 shortage list are published in the former classification (FAP 2009): they only cover the 2023 survey.",
    "Aucun métier ne porte le code « {code} ».": "No job has the code “{code}”.",
    "Métier introuvable": "Job not found",
    "Les métiers qui recrutent": "Jobs that are hiring",
    "Les métiers qui recrutent, par territoire : projets de recrutement, part jugée difficile, tension.":
        "Jobs that are hiring, by area: hiring projects, share deemed difficult, tension.",
    "Année de l'enquête": "Survey year",
    "Famille de métiers": "Job family",
    "Afficher": "Show",
    "Année de l'enquête : ": "Survey year: ",
    "{kind}, enquête Besoins en main-d'œuvre {year} de France Travail":
        "{kind}, France Travail's labour needs survey (BMO) {year}",
    "Tension": "Tension",
    "Code {nomenclature} {code} — famille : {family} — enquête Besoins en main-d'œuvre {year}":
        "{nomenclature} code {code} — family: {family} — labour needs survey (BMO) {year}",
    "Rechercher un métier": "Search for a job",
    "Résultats pour « {query} »": "Results for “{query}”",
    "Les projets de recrutement des employeurs par métier, d'après l'enquête Besoins en main-d'œuvre de France Travail, avec la part des recrutements jugés difficiles et la tension sur chaque métier.":
        "Employers' hiring projects by job, from France Travail's labour needs survey (BMO), with the share of hires deemed difficult and the tension on each job.",
    "Par territoire": "By area",
    "Pour un département ou un bassin, ouvrez sa page depuis la recherche de communes :":
        "For a département or an employment area, open its page from the commune search:",
    "Voir « {label} » (code {code}, enquête {year})": "See “{label}” (code {code}, {year} survey)",
    "Aucun métier ne correspond à cette recherche.": "No job matches this search.",
    "Tous les métiers": "All jobs",
    "un projet de recrutement est une embauche que l'employeur prévoit pour l'année ; il est jugé difficile quand l'employeur pense avoir du mal à le pourvoir.":
        "a hiring project is a hire the employer plans for the year; it is deemed difficult when the employer expects trouble filling it.",
    "Aller plus loin": "Going further",
    "Tension sur ce métier": "Tension on this job",
    "Tension par département en 2019 (DARES)": "Tension by département in 2019 (DARES)",
    "Ces indicateurs datent de 2019 : ils ne décrivent pas la situation actuelle. Chacun va de 1 (très faible) à 5 (très forte) ; la tension résume six composantes :":
        "These indicators date from 2019: they do not describe the current situation. Each goes from 1 (very low) to 5 (very high); tension sums up six components:",
    "Tension par département, DARES 2019, classes de 1 à 5": "Tension by département, DARES 2019, classes 1 to 5",
    "Les bassins où ce métier est le plus en tension en {year} (France Travail)":
        "The areas where this job was under the most tension in {year} (France Travail)",
    "Indicateurs de France Travail de {year} par métier du ROME et bassin : ils ne décrivent pas la situation actuelle.":
        "France Travail's {year} indicators by ROME job and area: they do not describe the current situation.",
    "Les 20 bassins les plus en tension, France Travail {year}": "The 20 areas under the most tension, France Travail {year}",
    "Part des projets jugés difficiles, par bassin d'emploi": "Share of projects deemed difficult, by employment area",
    "{count} bassins ont une valeur publiée ; les autres sont en gris (secret statistique ou aucun projet). Les nombres de projets sont dans le tableau de la carte et dans le graphique suivant.":
        "{count} areas have a published value; the others are grey (statistical secrecy or no project). The numbers of projects are in the map's table and in the next chart.",
    "Les bassins qui recrutent le plus": "The areas hiring the most",
    "Historique": "History",
    "Seules les enquêtes aux mêmes codes métier ({nomenclature}) se comparent.":
        "Only surveys with the same job codes ({nomenclature}) can be compared.",
    "non comparable": "not comparable",
    "Les 15 métiers qui recrutent le plus": "The 15 jobs hiring the most",
    "Métier (ROME)": "Job (ROME)",
    "Offres enregistrées": "Registered vacancies",
    "Demandeurs d'emploi (A, B, C)": "Jobseekers (A, B, C)",
    "Intitulé du métier (ex. aide-soignant)": "Job title (e.g. aide-soignant)",
    "Les indicateurs de tension (DARES 2019, France Travail 2020 et 2021) sont publiés dans l'ancienne nomenclature des métiers (FAP 2009) et ne couvrent pas ce code.":
        "Tension indicators (DARES 2019, France Travail 2020 and 2021) are published in the former job classification (FAP 2009) and do not cover this code.",
    "Tous les métiers qui recrutent — {area}": "All the jobs that are hiring — {area}",
    "Métiers": "Jobs",
    # Training pages
    "{centre} : taux d'emploi des apprentis après leur sortie": "{centre}: apprentices' employment rate after leaving",
    "Taux d'emploi à 6 mois, médiane des centres (%)": "Employment rate at 6 months, median of the centres (%)",
    "Taux d'emploi des apprentis 6 mois après la sortie : médiane des centres par département, {vintage}":
        "Apprentices' employment rate 6 months after leaving: median of the centres by département, {vintage}",
    "{count} départements ont au moins un centre au taux publié ; médiane la plus haute : {top} ({value}).":
        "{count} départements have at least one centre with a published rate; highest median: {top} ({value}).",
    "Taux d'emploi à 6 mois": "Employment rate at 6 months",
    "Taux d'emploi à 12 mois": "Employment rate at 12 months",
    "Taux d'emploi à 24 mois": "Employment rate at 24 months",
    "Taux attendu à 6 mois": "Expected rate at 6 months",
    "{vintage} : {rate} en emploi 6 mois après la sortie, pour {expected} attendus ; valeur ajoutée {points} points, {reading}.":
        "{vintage}: {rate} in employment 6 months after leaving, against {expected} expected; value added {points} points, {reading}.",
    "{vintage} : trop peu de sortants pour publier un taux d'emploi.":
        "{vintage}: too few leavers to publish an employment rate.",
    "ce centre : {rate}": "this centre: {rate}",
    "Taux d'emploi à 6 mois des centres de la région": "Employment rate at 6 months of the région's centres",
    "UAI {uai}": "UAI {uai}",
    "Part des apprentis sortis du centre qui sont en emploi salarié en France 6, 12 ou 24 mois après, et taux attendu compte tenu du profil des apprentis et de leur territoire.":
        "Share of the apprentices who left the centre who are in salaried employment in France 6, 12 or 24 months later, and the rate expected given the apprentices' profile and their area.",
    "Médiane des centres, sans pondération : le fichier ne donne pas le nombre de sortants":
        "Median of the centres, unweighted: the file gives no number of leavers",
    "Part des apprentis sortis du centre qui sont en emploi salarié en France 6 mois après ; pour un département, la médiane des centres qui publient ce taux.":
        "Share of the apprentices who left the centre who are in salaried employment in France 6 months later; for a département, the median of the centres that publish this rate.",
    "Nom du centre": "Centre name",
    "Valeur ajoutée (points)": "Value added (points)",
    "Poursuite d'études (%)": "Continued studies (%)",
    "Contrats interrompus (%)": "Broken-off contracts (%)",
    "Centres": "Centres",
    "Centres avec un taux publié": "Centres with a published rate",
    "Médiane (%)": "Median (%)",
    "1er quartile (%)": "1st quartile (%)",
    "3e quartile (%)": "3rd quartile (%)",
    "Millésime (sortants cumulés)": "Vintage (cumulated leavers)",
    "Retour à l'emploi après une formation : ": "Return to work after training: ",
    " (InserJeunes).": " (InserJeunes).",
    "que deviennent les apprentis de chaque centre de formation": "what becomes of each training centre's apprentices",
    "Le taux d'emploi dépend aussi des métiers préparés et du territoire : la valeur ajoutée compare chaque centre à ce qu'on attendrait de ses apprentis et de son territoire. Un centre sans taux a eu trop peu de sortants pour être publié ; il n'est pas classé.":
        "The employment rate also depends on the trades taught and on the area: the value added compares each centre with what one would expect of its apprentices and its area. A centre without a rate had too few leavers to be published; it is not ranked.",
    "Centre": "Centre",
    "En emploi à 6 mois": "In employment at 6 months",
    "En emploi à 12 mois": "In employment at 12 months",
    "Attendu à 6 mois": "Expected at 6 months",
    "Valeur ajoutée": "Value added",
    "Poursuite d'études": "Continued studies",
    "{area} : {centres} centres, aucun taux d'emploi publié pour le dernier millésime.":
        "{area}: {centres} centres, no employment rate published for the latest vintage.",
    "{area} : {centres} centres, dont {count} avec un taux publié ; taux d'emploi à 6 mois médian {median} (la moitié des centres entre {q1} et {q3}).":
        "{area}: {centres} centres, {count} of them with a published rate; median employment rate at 6 months {median} (half of the centres between {q1} and {q3}).",
    "{count} centres, millésime {vintage}": "{count} centres, vintage {vintage}",
    "Parmi les {count} centres de la région qui publient ce taux en {vintage}, {above} font mieux.":
        "Among the {count} centres of the région that publish this rate in {vintage}, {above} do better.",
    "Pas de taux publié pour {vintage} : le centre n'est pas placé parmi ceux de sa région.":
        "No published rate for {vintage}: the centre is not placed among those of its région.",
    "Formations en apprentissage : que deviennent les apprentis ?": "Apprenticeships: what becomes of apprentices?",
    "Sans moyenne pondérée : le fichier ne donne pas le nombre de sortants de chaque centre.":
        "No weighted average: the file does not give each centre's number of leavers.",
    "Aucun centre ne porte l'UAI « {uai} ».": "No centre has the UAI “{uai}”.",
    "Centre introuvable": "Centre not found",
    "Que deviennent les apprentis de chaque centre de formation : taux d'emploi à 6, 12 et 24 mois, comparé à ce qu'on attendrait.":
        "What becomes of each training centre's apprentices: employment rate at 6, 12 and 24 months, compared with what one would expect.",
    "Centres trouvés": "Centres found",
    "Pour chaque centre de formation d'apprentis (CFA), la part des apprentis en emploi 6, 12 et 24 mois après leur sortie, comparée à ce qu'on attendrait de ses apprentis et de son territoire (InserJeunes, millésime {vintage}).":
        "For each apprentice training centre (CFA), the share of apprentices in employment 6, 12 and 24 months after leaving, compared with what one would expect of its apprentices and its area (InserJeunes, vintage {vintage}).",
    "le taux d'emploi à 6 mois est la part des apprentis sortis d'un centre qui ont un emploi salarié en France 6 mois après ; le taux attendu tient compte du profil des apprentis et du territoire ; la valeur ajoutée est l'écart entre les deux, en points.":
        "the employment rate at 6 months is the share of the apprentices who left a centre who have a salaried job in France 6 months later; the expected rate takes the apprentices' profile and the area into account; the value added is the gap between the two, in points.",
    "Centre de formation d'apprentis, UAI {uai} — {departement}, {region}":
        "Apprentice training centre, UAI {uai} — {departement}, {region}",
    "{rate} en emploi à 6 mois, {reading}": "{rate} in employment at 6 months, {reading}",
    "Formations en apprentissage près d'ici": "Apprenticeships nearby",
    "Les centres du département dont les apprentis trouvent le plus souvent un emploi au regard de ce qu'on attendrait (valeur ajoutée, millésime {vintage}).":
        "The département's centres whose apprentices find work most often compared with what one would expect (value added, vintage {vintage}).",
    "Les données InserJeunes manquent dans le jeu de données publié.": "The published dataset holds no InserJeunes data.",
    "Aucun centre ne correspond à cette recherche.": "No centre matches this search.",
    "Les 300 premiers sont affichés ; précisez la recherche pour voir les autres.":
        "The first 300 are shown; narrow the search to see the others.",
    "Formations en apprentissage": "Apprenticeships",
    "Par département": "By département",
    "Taux d'emploi après la sortie, par millésime": "Employment rate after leaving, by vintage",
    "Sa place parmi les centres de la région, {vintage}": "Its place among the région's centres, {vintage}",
    "Chaque point est un centre de la région (taux d'emploi à 6 mois) ; le point foncé est ce centre.":
        "Each dot is a centre of the région (employment rate at 6 months); the dark dot is this centre.",
    "Tous les centres du département": "All the département's centres",
    "un mot du nom (ex. bâtiment)": "a word of the name (e.g. bâtiment)",
    "Noms successifs": "Names over time",
    "Noms du centre dans le fichier, par millésime": "The centre's names in the file, by vintage",
    "Depuis le millésime": "Since the vintage",
    "Nom": "Name",
    "Tous": "All",
    "Toutes": "All",
    "Les centres du département : {name}": "The département's centres: {name}",
    "Page du département : {name}": "Département page: {name}",
    "{points} points en dessous de ce qu'on attendrait": "{points} points below what one would expect",
    "trop peu de sortants pour être publié": "too few leavers to be published",
    "dans la moyenne": "in the average",
    "{points} points au-dessus de ce qu'on attendrait": "{points} points above what one would expect",
    "Pas encore ici : le retour à l'emploi après une formation continue (France Travail, « Sortants de formation et accès à l'emploi ») et les avis des stagiaires sur leur formation (Anotéa). Leurs données demandent un accès à l'API de France Travail ; aucun chiffre de démonstration ne les remplace.":
        "Not here yet: return to work after adult training (France Travail, “Sortants de formation et accès à l'emploi”) and trainees' ratings of their course (Anotéa). Their data need access to France Travail's API; no demonstration figure stands in for them.",
}
