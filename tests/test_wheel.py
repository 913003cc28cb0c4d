"""The wheel carries the shipped glossaries and bundled data: installed on its own and run
from an empty directory, the main job, lookup and check work."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

_RUN = """
import sys
sys.path.insert(0, sys.argv[1])
import termbase
assert termbase.__file__.startswith(sys.argv[1]), termbase.__file__
from termbase.cli import main
sys.exit(main(sys.argv[2:]))
"""


@pytest.fixture(scope="module")
def installed(repo_root: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    if importlib.util.find_spec("hatchling") is None:
        pytest.skip("hatchling (in the test extra) is needed to build the wheel")
    work = tmp_path_factory.mktemp("wheel")
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(work),
                    str(repo_root)], check=True, capture_output=True)
    wheel = next(work.glob("termbase-*.whl"))
    site = work / "site"
    subprocess.run([*pip, "install", "--no-deps", "--target", str(site), str(wheel)],
                   check=True, capture_output=True)
    return site


def _termbase(site: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TERMBASE_")}
    env["TERMBASE_CACHE_DIR"] = str(cwd / ".cache")  # never the user's ~/.cache
    env["TERMBASE_USER_GLOSSARIES"] = str(cwd / ".user-glossaries")  # nor ~/.local/share
    return subprocess.run([sys.executable, "-c", _RUN, str(site), *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


@pytest.mark.slow
def test_installed_wheel_works_from_any_directory(installed: Path, tmp_path: Path) -> None:
    lookup = _termbase(installed, tmp_path, "lookup", "行动纲领")
    assert lookup.returncode == 0, lookup.stderr
    assert "sa-poa" in lookup.stdout
    build = _termbase(installed, tmp_path, "build", "-o", "out")
    assert build.returncode == 0, build.stderr
    assert "A/RES/68/48" in build.stdout and (tmp_path / "out" / "build-report.json").is_file()
    draft = tmp_path / "draft.txt"
    draft.write_text("各国应打击非法经纪活动。\n", encoding="utf-8")
    check = _termbase(installed, tmp_path, "check", "draft.txt")
    assert check.returncode == 1 and "非法中介活动" in check.stdout, check.stderr


@pytest.mark.slow
def test_installed_wheel_keeps_user_glossaries_in_the_user_folder(installed: Path,
                                                                  tmp_path: Path) -> None:
    """Imports never change the glossary inside the installed package: a new name goes to
    the user's folder, which then comes before the shipped glossaries in the store."""
    listing = _termbase(installed, tmp_path, "glossaries")
    assert listing.returncode == 0, listing.stderr
    assert "shipped" in listing.stdout and "_bundled" in listing.stdout
    mine = tmp_path / "mine.csv"
    mine.write_text("zh,en\n维和行动,peacekeeping operation\n", encoding="utf-8")
    refused = _termbase(installed, tmp_path, "import", "mine.csv", "--into", "small-arms")
    assert refused.returncode == 2 and "installed termbase package" in refused.stderr
    added = _termbase(installed, tmp_path, "import", "mine.csv", "--into", "mine")
    assert added.returncode == 0, added.stderr
    assert (tmp_path / ".user-glossaries" / "mine.tbx").is_file()
    lookup = _termbase(installed, tmp_path, "lookup", "维和行动")
    assert lookup.returncode == 0 and "peacekeeping operation" in lookup.stdout, lookup.stderr
