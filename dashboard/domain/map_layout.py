"""Where the national maps put the overseas départements: shared by the build (which moves their shapes) and
the pages (which label them)."""

from __future__ import annotations

from ..i18n import N_

# Overseas département -> (centre longitude, centre latitude, scale) of its inset, left of Brittany.
OVERSEAS_INSETS = {
    "971": (-7.3, 47.7, 1.2),
    "972": (-7.3, 46.3, 1.2),
    "973": (-7.3, 44.4, 0.35),
    "974": (-7.3, 42.7, 1.0),
    "976": (-5.4, 42.4, 3.0),
}
OVERSEAS_NAMES = {
    "971": N_("Guadeloupe"),
    "972": N_("Martinique"),
    "973": N_("Guyane"),
    "974": N_("La Réunion"),
    "976": N_("Mayotte"),
}

# Drawn again, enlarged, in a corner of the national maps: too small there to be read or pointed at.
CLOSE_UP_DEPARTEMENTS = ("75", "92", "93", "94")
CLOSE_UP_NAME = N_("Paris et petite couronne")
