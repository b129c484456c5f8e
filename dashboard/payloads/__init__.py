"""Plain, JSON-ready data for one view, computed once and cached."""
