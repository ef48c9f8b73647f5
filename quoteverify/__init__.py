"""quoteverify: who said what in German-language news, and how outlets quote it.

The public API: read articles, extract their quotes, read and fix the quote
database (``Store``; ``quoteverify.ingest.ingest`` fills it).
"""

from quoteverify.io import InputError, read_inputs
from quoteverify.pipeline import extract_quotes
from quoteverify.records import Article, Quote, Span
from quoteverify.store import Store, StoreError

__all__ = ["Article", "InputError", "Quote", "Span", "Store", "StoreError", "extract_quotes", "read_inputs"]
__version__ = "0.1.0"
