"""JSON endpoints: /api/v1/* and /healthz."""
