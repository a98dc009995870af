"""The one place that knows where the shipped data files, icons and translations are.

They are read through importlib.resources from the package itself: an installed wheel and the frozen
bundle carry resources/ inside the package as console/_data (setup.py and pyproject.toml map it there at
build time; packaging/hotline-console.spec does the same for PyInstaller). In the source tree and an
editable install the package has no _data folder, and the repository's resources/ beside the package is
used instead, so the files stay where the house layout keeps them.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

PACKAGED_DIR_NAME = "_data"


@cache
def resources_dir() -> Path:
    """The folder holding reference/, scripts/ and translations/ (inside the package when installed)."""
    package = files(__package__ or "console")
    packaged = package / PACKAGED_DIR_NAME
    if packaged.is_dir():
        # A wheel or bundle on disk: the Traversable is a real folder, which Qt's loaders need.
        return Path(str(packaged))
    return Path(str(package)).parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a shipped file, e.g. resource_path("reference", "banks.json")."""
    return resources_dir().joinpath(*parts)


def load_json(*parts: str) -> Any:
    with resource_path(*parts).open(encoding="utf-8") as f:
        return json.load(f)


def translations_dir() -> Path:
    """Where the compiled .qm files are (built by the set-up, shipped inside the package)."""
    return resource_path("translations", "build")
