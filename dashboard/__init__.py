"""Tableau de bord public du marché du travail en France."""

__version__ = "0.1.0"
SITE_NAME = "Emploi-Territoires"
