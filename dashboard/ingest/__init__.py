"""Turns source files into the validated, published dataset."""
