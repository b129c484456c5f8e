"""Pure figure builders: plain data in, plotly figure out (no server, no I/O)."""
