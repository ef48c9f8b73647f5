"""Shared fixtures: no test touches the user's cache directory or a default database.

Property tests run derandomized by default, so `make test` (and CI) is reproducible;
``HYPOTHESIS_PROFILE=explore make test`` draws fresh random examples each run.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import settings

settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.delenv("QUOTEVERIFY_DB", raising=False)
