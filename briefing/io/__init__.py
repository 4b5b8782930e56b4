"""Readers: one module per format, and :func:`read` that picks one for a path or stdin."""
from briefing.io.detect import read, read_bytes

__all__ = ["read", "read_bytes"]
