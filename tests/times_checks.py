"""Helpers and constants the times tests share."""

from __future__ import annotations

PUBLISHED = "2025-01-22"  # a Wednesday


def values(times):
    """Each time's text and value, in the order found."""
    return [(t.text, t.value) for t in times]
