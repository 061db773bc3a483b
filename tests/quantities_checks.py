"""Helpers the quantities tests share."""

from __future__ import annotations


def only(pipeline, text: str):
    """The one quantity the pipeline finds in the text."""
    quantities = pipeline.extract(text).quantities
    assert len(quantities) == 1, [q.text for q in quantities]
    return quantities[0]
