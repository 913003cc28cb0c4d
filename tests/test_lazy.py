"""termbase.lazy: a package's public names imported when first asked for."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

import termbase
import termbase.documents
import termbase.extract


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A package 'lazypkg' exporting 'answer' from its module 'deep' through exports()."""
    root = tmp_path / "lazypkg"
    root.mkdir()
    (root / "__init__.py").write_text(textwrap.dedent("""
        from termbase.lazy import exports
        __all__ = ["answer"]
        __getattr__, __dir__ = exports(__name__, {"answer": "lazypkg.deep"}, __all__)
    """))
    (root / "deep.py").write_text("answer = 42\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    yield root
    for name in ("lazypkg", "lazypkg.deep"):
        sys.modules.pop(name, None)


def test_a_name_s_module_is_imported_only_when_the_name_is_asked_for(package: Path) -> None:
    import lazypkg  # type: ignore[import-not-found]

    assert "lazypkg.deep" not in sys.modules
    assert lazypkg.answer == 42
    assert "lazypkg.deep" in sys.modules
    assert vars(lazypkg)["answer"] == 42  # set on the package: later lookups are plain


def test_an_unknown_name_is_an_attribute_error_naming_the_package(package: Path) -> None:
    import lazypkg

    with pytest.raises(AttributeError, match="module 'lazypkg' has no attribute 'question'"):
        _ = lazypkg.question
    assert not hasattr(lazypkg, "deep_thought")


@pytest.mark.parametrize("module", [termbase, termbase.documents, termbase.extract])
def test_the_packages_list_and_give_their_public_names(module: object) -> None:
    public = module.__all__  # type: ignore[attr-defined]
    assert dir(module) == list(public)
    for name in public:
        assert getattr(module, name) is not None
