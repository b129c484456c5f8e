"""What a value's status means. A missing value is never shown as 0."""

from __future__ import annotations

from ..i18n import N_

# ok: published as is; derived: computed here from published values (sum, ratio of sums), said so;
# partial: a sum of the published parts where another part is secret (a BMO cell split across départements,
# one half secret): a lower bound, never compared over time;
# secret: withheld by the producer; na: not published for this territory or period;
# conflict: the file gives two different values for the same cell, or one whole series to two communes, so none
# is shown;
# withheld: given by the source but not published by this site (see domain/publication.py);
# provisional: published as provisional;
# former_territory: the source's figure describes the commune's territory before a re-creation split it: it
# counts in the larger areas, but is the figure of neither the current commune nor the re-created one.
STATUSES = ("ok", "derived", "partial", "secret", "na", "conflict", "withheld", "provisional", "former_territory")
WITH_VALUE = ("ok", "derived", "partial", "provisional")
COMPARABLE = ("ok", "derived", "provisional")  # a change over time is computed between these only

STATUS_LABELS = {
    "ok": N_("publié"),
    "derived": N_("calculé à partir des valeurs publiées"),
    "partial": N_("somme partielle : une partie est secrète"),
    "secret": N_("secret statistique"),
    "na": N_("non disponible"),
    "conflict": N_("valeur contradictoire dans le fichier source"),
    "withheld": N_("non publié pour une commune de moins de 5 000 habitants"),
    "provisional": N_("provisoire"),
    "former_territory": N_(
        "non disponible : le territoire de la commune a changé depuis le millésime de la source (commune rétablie)"
    ),
}


def status_label(status: str | None) -> str:
    """The words for a status (a message id, translated where shown); an unknown or missing one is "na"."""
    return STATUS_LABELS.get(status or "na", STATUS_LABELS["na"])
