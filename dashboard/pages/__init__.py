"""Dash Pages: thin layouts that render payloads computed elsewhere."""
