"""quoteverify: who said what in German-language news, and how outlets quote it.

The public API: read articles, extract their quotes.
"""

from quoteverify.io import InputError, read_inputs
from quoteverify.pipeline import extract_quotes
from quoteverify.records import Article, Quote, Span

__all__ = ["Article", "InputError", "Quote", "Span", "extract_quotes", "read_inputs"]
__version__ = "0.1.0"
