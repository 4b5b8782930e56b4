"""Training of briefing's learned components (run with ``python -m briefing.train``; never imported at run time)."""
