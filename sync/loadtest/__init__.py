"""``python -m sync.loadtest``: a chain of simulated tills against HQ on a
throwaway PostgreSQL, 127.0.0.1 only, bounded in tills and time (issue 18,
docs/scale.md)."""
