"""Checks of stored files: what the CLI's check, diff and plan do, on bytes from the database.

An upload's type is decided from its content (a zip package for .xlsx/.docx, UTF-8 text for
.yaml/.json/.txt) and its name's extension must agree; the bytes are then written under a fixed name
in a private temporary folder and read by the CLI's own readers, with the user's file name used only
in messages. A proposal's baseline, and the organization a plan is checked against, is the dossier's
newest earlier organization file. Each run's report is stored as the json renderer's text, so the
report page is served from the database.
"""

from __future__ import annotations

import dataclasses
import hashlib
import tempfile
import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..catalogue import Catalogue, gherkin_rule_files, load_catalogue
from ..check import CheckResult, PlanResult, check, check_plan
from ..diff import DiffResult, diff_orgs, diff_proposal, identity_lineage
from ..messages import InputError, Problem
from ..model import RULES_DIR, Org, build_org
from ..proposal import apply_to, is_proposal
from ..render.json import render_diff_json, render_json, render_plan_json
from ..source import MAX_BYTES, decode, read_document

ORG_TYPES = (".yaml", ".yml", ".json", ".xlsx")
PLAN_TYPES = (".txt", ".docx")
ZIP_TYPES = (".xlsx", ".docx")
ZIP_MAGIC = b"PK\x03\x04"
MAX_UPLOAD = MAX_BYTES
DRAFT_NAME = "quy-tac-nhap.feature"

# durable-rules keeps process-wide state and pytest-bdd (the draft runner) global plugins: one run at a time
RUN_LOCK = threading.Lock()


@dataclass(frozen=True)
class StoredFile:
    raw: bytes
    filename: str            # as the user named it: shown, never a path


@dataclass
class Outcome:
    kind: str                # org | proposal | plan
    result: CheckResult | PlanResult
    diff: DiffResult | None
    org: Org | None          # the checked organization (a proposal: after its operations)
    catalogue: Catalogue     # the rules it ran with (a draft's included)

    def report_json(self, lang: str = "vi") -> str:
        """Byte for byte what `orgcheck check|plan --format json` prints for the file."""
        if self.kind == "plan":
            return render_plan_json(self.result, lang)
        return render_json(self.result, lang)

    def diff_json(self, lang: str = "vi") -> str | None:
        return render_diff_json(self.diff, lang) if self.diff else None


def extension(filename: str) -> str:
    return Path(filename).suffix.lower()


def check_upload(raw: bytes, filename: str) -> None:
    """Size, then type from content: refused before anything parses it."""
    if len(raw) > MAX_UPLOAD:
        raise InputError([Problem(filename, None, "file_too_large",
                                  {"size": round(len(raw) / 2**20, 1), "limit": MAX_UPLOAD // 2**20})])
    if not raw:
        raise InputError([Problem(filename, None, "file_empty")])
    ext = extension(filename)
    if ext not in ORG_TYPES + PLAN_TYPES:
        raise InputError([Problem(filename, None, "web_upload_type")])
    if (ext in ZIP_TYPES) != raw.startswith(ZIP_MAGIC):
        raise InputError([Problem(filename, None, "web_upload_content", {"ext": ext})])
    if ext not in ZIP_TYPES:
        decode(raw, filename)   # not UTF-8 text: the readers' own message


def draft_catalogue(text: str, folder: Path) -> Catalogue:
    """The shipped rules plus one draft .feature (written into `folder`), as `rules test` compiles drafts."""
    path = folder / DRAFT_NAME
    path.write_text(text, encoding="utf-8")
    with renamed(folder, DRAFT_NAME):
        return load_catalogue(RULES_DIR, gherkin_rule_files(RULES_DIR) + [path])


class renamed:
    """Problems that name a file of the private folder name the user's file instead."""

    def __init__(self, folder: Path, shown: str, real: str | None = None):
        self.prefix, self.shown, self.real = str(folder.resolve()), shown, real

    def __enter__(self):
        return self

    def __exit__(self, kind, exc, tb):
        if isinstance(exc, InputError):
            problems = [dataclasses.replace(p, file=self.shown) if p.file.startswith(self.prefix) else p
                        for p in exc.problems]
            raise InputError(problems) from None
        return False


def run_file(upload: StoredFile, previous: list[StoredFile], as_of: date | None, draft: str | None,
             progress=lambda stage: None, waivers_file: StoredFile | None = None) -> Outcome:
    """Check `upload`; `previous` are the dossier's earlier files, newest first (the baseline of a
    proposal, the 'before' of a revised organization); `waivers_file` as `--waivers` does."""
    check_upload(upload.raw, upload.filename)
    with RUN_LOCK, tempfile.TemporaryDirectory(prefix="orgcheck-web-") as tmp:
        folder = Path(tmp)
        progress("rules")
        catalogue = draft_catalogue(draft, folder) if draft else load_catalogue()
        progress("reading")
        waivers = read_waivers(waivers_file, folder) if waivers_file else []
        ext = extension(upload.filename)
        if ext in PLAN_TYPES:   # agencies resolved against the dossier's organization, when it has one
            from ..plan import AgencyIndex, read_plan

            base = _baseline(previous, folder)
            org = build_org(*base, normalized=True) if base else None
            path = folder / f"ke-hoach{ext}"
            path.write_bytes(upload.raw)
            plan = read_plan(path, display_name=upload.filename, index=AgencyIndex(org) if org else None)
            progress("checking")
            return Outcome("plan", _waived(check_plan(plan, org, as_of, catalogue), waivers), None, org, catalogue)
        org, diff, kind = _organization(upload, previous, folder, catalogue, waivers, progress)
        progress("checking")
        return Outcome(kind, _waived(check(org, as_of, catalogue), waivers), diff, org, catalogue)


def read_waivers(file: StoredFile, folder: Path) -> list:
    """A waivers file (.yaml/.json) read by the CLI's reader; problems and the waivers name the user's file."""
    from ..waivers import load_waivers

    if extension(file.filename) not in (".yaml", ".yml", ".json"):
        raise InputError([Problem(file.filename, None, "bad_extension")])
    check_upload(file.raw, file.filename)
    path = folder / f"mien-tru{extension(file.filename)}"
    path.write_bytes(file.raw)
    with renamed(folder, file.filename):
        return [dataclasses.replace(w, file=file.filename) for w in load_waivers(str(path))]


def _waived(result, waivers: list):
    if waivers:
        from ..waivers import waive

        waive(result, waivers)
    return result


def _read(file: StoredFile, folder: Path, stem: str):
    path = folder / f"{stem}{extension(file.filename)}"
    path.write_bytes(file.raw)
    return read_document(path, display_name=file.filename)


def _organization(upload, previous, folder, catalogue, waivers, progress):
    data, source = _read(upload, folder, "tep")
    if is_proposal(data):
        base = _baseline(previous, folder)
        if base is None:
            raise InputError([Problem(upload.filename, None, "web_proposal_baseline")])
        loaded = apply_to(*base, data, source)
        progress("comparing")
        return loaded.result, diff_proposal(loaded, catalogue, waivers), "proposal"
    org = build_org(data, source, normalized=True)
    base = _baseline(previous, folder)
    if base is None:
        return org, None, "org"
    progress("comparing")
    before = build_org(*base, normalized=True)
    return org, diff_orgs(before, org, identity_lineage(before, org), catalogue=catalogue, waivers=waivers), "org"


def _baseline(previous: list[StoredFile], folder: Path):
    """The plain data and source map of the newest earlier organization file (proposals and plans are
    skipped: a proposal's result is not a file one can re-read)."""
    for n, file in enumerate(previous):
        if extension(file.filename) in ORG_TYPES:
            data, source = _read(file, folder, f"truoc-{n}")
            if not is_proposal(data):
                return data, source
    return None


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
