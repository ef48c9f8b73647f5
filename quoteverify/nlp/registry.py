"""Backends by name: ``get_backend("light")`` or ``get_backend("stanza")``.

A backend's module is imported, and its models loaded, only when it is first
asked for; the instance is then kept for the rest of the process.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any

from quoteverify.nlp.base import Backend

__all__ = ["DEFAULT_BACKEND", "available_backends", "get_backend", "register_backend"]

DEFAULT_BACKEND = "light"

# name -> "module:factory"; the factory takes keyword options and returns a Backend.
_REGISTRY: dict[str, str | Callable[..., Backend]] = {
    "light": "quoteverify.nlp.light:LightBackend",
    "stanza": "quoteverify.nlp.stanza_backend:load",
}
_INSTANCES: dict[tuple[str, tuple[tuple[str, Any], ...]], Backend] = {}


def available_backends() -> tuple[str, ...]:
    """The registered backend names (registered, not necessarily installed)."""
    return tuple(sorted(_REGISTRY))


def register_backend(name: str, factory: str | Callable[..., Backend]) -> None:
    """Register a factory (callable or ``"module:attribute"``) under ``name``."""
    _REGISTRY[name] = factory
    for key in [key for key in _INSTANCES if key[0] == name]:
        del _INSTANCES[key]


def get_backend(name: str = DEFAULT_BACKEND, **options: Any) -> Backend:
    """The backend registered as ``name``, created on first use and then reused.

    ``options`` go to the backend's factory (stanza: ``stanza.Pipeline``
    arguments such as ``use_gpu=False``).  Raises ValueError for an unknown
    name and :class:`~quoteverify.nlp.base.BackendUnavailable` when the
    backend's package or models are missing.
    """
    if name not in _REGISTRY:
        known = ", ".join(available_backends())
        raise ValueError(f"unknown NLP backend {name!r}; known backends: {known}")
    key = (name, tuple(sorted(options.items())))
    backend = _INSTANCES.get(key)
    if backend is None:
        factory = _REGISTRY[name]
        if isinstance(factory, str):
            module_name, _, attribute = factory.partition(":")
            factory = getattr(import_module(module_name), attribute)
        backend = factory(**options)
        _INSTANCES[key] = backend
    return backend
