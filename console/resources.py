"""The one place that knows where the shipped data files, icons and translations are."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

# resources/ sits beside the package in the source tree (and in an editable install).
RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a file under resources/, e.g. resource_path("reference", "banks.json")."""
    return RESOURCES_DIR.joinpath(*parts)


def load_json(*parts: str) -> Any:
    with resource_path(*parts).open(encoding="utf-8") as f:
        return json.load(f)


def translations_dir() -> Path:
    """Where the compiled .qm files are built by the setup."""
    return resource_path("translations", "build")
