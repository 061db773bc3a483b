"""newsgraph: news articles into a source-grounded record of who did what to whom.

>>> import newsgraph
>>> article = newsgraph.extract("Prime Minister Benjamin Netanyahu spoke in Jerusalem.")
>>> with newsgraph.Store("news.db") as store:  # doctest: +SKIP
...     store.add(article)
"""

from __future__ import annotations

__version__ = "0.1.0"

from newsgraph.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputError,
    MalformedInputError,
    ModelError,
    NewsgraphError,
    SpanError,
    StoreError,
    TooLargeError,
    UnsupportedInputError,
    UnsupportedLanguageError,
)
from newsgraph.pipeline import Options, Pipeline, extract
from newsgraph.records import (
    SCHEMA_VERSION,
    Article,
    Attribution,
    Entity,
    Event,
    Place,
    Quantity,
    Role,
    Span,
    TimeExpression,
    check_spans,
)
from newsgraph.store import Store

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Attribution",
    "BinaryInputError",
    "EmptyInputError",
    "EncodingError",
    "Entity",
    "Event",
    "InputError",
    "MalformedInputError",
    "ModelError",
    "NewsgraphError",
    "Options",
    "Pipeline",
    "Place",
    "Quantity",
    "Role",
    "Span",
    "SpanError",
    "Store",
    "StoreError",
    "TimeExpression",
    "TooLargeError",
    "UnsupportedInputError",
    "UnsupportedLanguageError",
    "__version__",
    "check_spans",
    "extract",
]
