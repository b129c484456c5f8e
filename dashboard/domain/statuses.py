"""What a value's status means. A missing value is never shown as 0."""

from __future__ import annotations

from ..i18n import N_

# ok: published as is; derived: computed here from published values (sum, ratio of sums), said so;
# secret: withheld by the producer; na: not published for this territory or period;
# conflict: the file gives two different values for the same cell, so none is shown;
# provisional: published as provisional.
STATUSES = ("ok", "derived", "secret", "na", "conflict", "provisional")
WITH_VALUE = ("ok", "derived", "provisional")

STATUS_LABELS = {
    "ok": N_("publié"),
    "derived": N_("calculé à partir des valeurs publiées"),
    "secret": N_("secret statistique"),
    "na": N_("non disponible"),
    "conflict": N_("valeur contradictoire dans le fichier source"),
    "provisional": N_("provisoire"),
}
