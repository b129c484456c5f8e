"""The shared vocabulary of the whole project: levels, indicators, statuses, the release manifest.

Everything else imports from here (the build, the store, payloads, pages, the API);
this package imports nothing from them, and nothing heavy (no geopandas).
"""
