"""Text stages: normalise, clean (mark page furniture), segment, dates."""
