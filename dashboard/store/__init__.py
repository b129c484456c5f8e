"""The published dataset, loaded once per process and indexed."""
