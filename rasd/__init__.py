"""rasd (رصد): Arabic conflict reporting to an event database analysts can trust.

The plain functional API::

    import rasd
    result = rasd.extract(text, published="2016-10-30")   # SPEC.md's JSON object as a dict
    doc = rasd.extract_document(text)                     # the Document with every layer
"""
from __future__ import annotations

__version__ = "0.1.0"


def extract_document(text: str, **kwargs):
    from .pipeline import extract

    return extract(text, **kwargs)


def extract(text: str, **kwargs) -> dict:
    from .output import to_dict

    return to_dict(extract_document(text, **kwargs))
