"""The SQLite store (placeholder until the store module lands)."""

from __future__ import annotations


class Store:
    """Placeholder."""
