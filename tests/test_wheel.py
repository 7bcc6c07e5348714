"""orgcheck runs where it is installed: the wheel is built from a copy of the sources, installed into a fresh
virtual environment outside the checkout, and run from a temporary folder with no PYTHONPATH — the rule
catalogue, the Gherkin rules, the step library and the examples all come from the installed package.

The fresh environment reuses the running interpreter's already-installed dependencies through a .pth file
(durable-rules is not compiled again) and gets orgcheck itself with `pip install --no-deps`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ["pyproject.toml", "setup.py", "README.md", "compliance", "rules", "features/quy_tac", "fixtures"]


def _run(args: list, cwd: Path, env: dict, timeout: int = 60) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False)


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> tuple[Path, Path, dict]:
    """(the venv's bin folder, the installed package folder, the environment to run it in)."""
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    for name in SOURCES:
        (src / name).parent.mkdir(parents=True, exist_ok=True)
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy(ROOT / name, src / name)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    built = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", tmp / "dist",
                  src], tmp, env, timeout=120)
    assert built.returncode == 0, built.stderr
    wheel = next((tmp / "dist").glob("orgcheck-*.whl"))
    venv = tmp / "venv"
    made = _run([sys.executable, "-m", "venv", "--without-pip", venv], tmp, env)
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    site = Path(_run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], tmp, env).stdout.strip())
    (site / "_orgcheck_test_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    done = _run([python, "-m", "pip", "install", "--no-deps", "--no-index", "-q", wheel], tmp, env, timeout=120)
    assert done.returncode == 0, done.stderr
    return venv / "bin", site / "compliance", env


def test_the_package_is_the_installed_one(installed, tmp_path):
    bin_dir, package, env = installed
    found = _run([bin_dir / "python", "-c", "import compliance; print(compliance.__file__)"], tmp_path, env)
    assert Path(found.stdout.strip()).parent == package
    assert not package.is_relative_to(ROOT)
    assert sorted(p.name for p in (package / "_data" / "rules").glob("*.yaml")) == \
        sorted(p.name for p in (ROOT / "rules").glob("*.yaml"))
    assert sorted(p.name for p in (package / "_data" / "features" / "quy_tac").glob("*.feature")) == \
        sorted(p.name for p in (ROOT / "features" / "quy_tac").glob("*.feature"))
    assert (package / "gherkin_steps.py").is_file() and (package / "render" / "model.py").is_file()


def test_check_a_bundled_example(installed, tmp_path):
    bin_dir, package, env = installed
    done = _run([bin_dir / "orgcheck", "check", package / "_data" / "examples" / "can-tho-2023.yaml"], tmp_path, env)
    assert done.returncode == 1, done.stderr   # the example has findings
    assert "Cần Thơ" in done.stdout and "ND107.PHO.PHONG" in done.stdout and done.stderr == ""


def test_rules_list_and_version(installed, tmp_path):
    bin_dir, _, env = installed
    done = _run([bin_dir / "orgcheck", "rules", "list", "--lang", "en"], tmp_path, env)
    assert done.returncode == 0, done.stderr
    assert "ND107.PHO.PHONG" in done.stdout and "rules/nd107-2020.yaml" in done.stdout
    version = _run([bin_dir / "orgcheck", "--version"], tmp_path, env)
    here = subprocess.run([sys.executable, "-m", "compliance", "--version"], cwd=ROOT, capture_output=True, text=True, check=False,
                          env={**env, "PYTHONPATH": str(ROOT)})
    assert version.returncode == 0 and version.stdout == here.stdout   # same rules, same hash
    assert version.stdout.startswith("orgcheck 0.1.0\n") and "durable-rules 2.0.28" in version.stdout


def test_rules_test_on_a_copied_rules_folder(installed, tmp_path):
    bin_dir, package, env = installed
    rules = tmp_path / "quy-tac-cua-toi"
    shutil.copytree(package / "_data" / "rules", rules, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(package / "_data" / "features" / "quy_tac", rules / "quy_tac", ignore=shutil.ignore_patterns("__pycache__"))
    done = _run([bin_dir / "orgcheck", "rules", "test", "--rules", rules], tmp_path, env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "kịch bản" in done.stdout and "0 không đạt" in done.stdout
