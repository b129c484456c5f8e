"""French texts of plotly's own interface (modebar buttons, which are also their accessible names)."""

DICTIONARY = {
    "Download plot as a PNG": "Télécharger le graphique en PNG",
    "Download plot": "Télécharger le graphique",
    "Zoom": "Zoomer",
    "Pan": "Déplacer",
    "Box Select": "Sélection rectangulaire",
    "Lasso Select": "Sélection au lasso",
    "Zoom in": "Zoom avant",
    "Zoom out": "Zoom arrière",
    "Autoscale": "Échelle automatique",
    "Reset axes": "Réinitialiser les axes",
    "Reset view": "Réinitialiser la vue",
    "Reset": "Réinitialiser",
    "Reset views": "Réinitialiser les vues",
    "Image download succeeded": "Image téléchargée",
    "Show closest data on hover": "Afficher la donnée la plus proche au survol",
    "Compare data on hover": "Comparer les données au survol",
    "Toggle Spike Lines": "Afficher ou masquer les lignes de repère",
    "Toggle show closest data on hover": "Afficher ou masquer la donnée la plus proche au survol",
    "Taking snapshot - this may take a few seconds": "Capture en cours, quelques secondes",
    "Double-click to zoom back out": "Double-cliquez pour revenir au zoom initial",
    "Snapshot succeeded": "Capture réussie",
    "Sorry, there was a problem downloading your image!": "Le téléchargement de l'image a échoué.",
    "Preparing image - this may take a few seconds": "Préparation de l'image, quelques secondes",
}

LOCALE = {"fr": {"dictionary": DICTIONARY, "format": {"decimal": ",", "thousands": "\u202f"}}}
