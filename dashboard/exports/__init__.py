"""Exports of exactly what a chart shows: images (server-rendered), CSV, XLSX, embeds, citations."""
