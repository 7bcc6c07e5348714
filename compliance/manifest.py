"""A verifiable run: `--manifest FILE` records what a report came from; `orgcheck verify FILE` re-runs it.

The manifest holds orgcheck's and durable-rules' versions, the regime and date, the options, the
SHA-256 of every input file (the file checked, a proposal's baseline, the waivers, the configuration)
and of every rule file the catalogue read, and the fingerprints of the findings. Verifying re-runs the
same command into a fresh manifest and compares the two field by field: "giống hệt" (identical), or
what changed — an input, a rule file, a version, or the findings themselves.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import tempfile
from importlib import metadata
from pathlib import Path

from . import __version__
from .catalogue import REGIMES_FILE, TARGETS_FILE, gherkin_rule_files, own_or_builtin, yaml_rule_files
from .messages import InputError, Problem
from .model import RULES_DIR

FORMAT = 1
OPTIONS = ("as_of", "select", "ignore", "waivers", "rules", "fail_on", "lang")


def sha256(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def rule_files(folder: Path) -> list[Path]:
    """Every file the catalogue and the model read for rules: rule files, Gherkin rules, regimes, the
    Gherkin dictionary, the vocabularies and the targets."""
    files = set(yaml_rule_files(folder)) | set(gherkin_rule_files(folder))
    files |= {own_or_builtin(folder, REGIMES_FILE), own_or_builtin(folder, "tu-dien-truong.yaml"),
              RULES_DIR / TARGETS_FILE, *RULES_DIR.glob("danh-muc-*.yaml")}
    return sorted((p.resolve() for p in files if p.is_file()), key=str)


def _shown(path: Path) -> str:
    """Relative to the working directory when below it, else to orgcheck's own folder, else absolute."""
    for base in (Path.cwd().resolve(), RULES_DIR.resolve().parent):
        if path.is_relative_to(base):
            return path.relative_to(base).as_posix()
    return str(path)


def durable_version() -> str:
    try:
        return metadata.version("durable-rules")
    except metadata.PackageNotFoundError:
        return "unknown"


def build_manifest(args, inputs: list[str], folder: Path, findings, waived, result) -> str:
    files = list(dict.fromkeys(inputs + ([args.waivers] if getattr(args, "waivers", None) else [])))
    config = Path("orgcheck.toml")
    if config.is_file():
        files.append(str(config))
    doc = {
        "manifest": FORMAT,
        "orgcheck": __version__,
        "durable_rules": durable_version(),
        "command": args.command,
        "files": list(getattr(args, "files", None) or [args.file]),
        "org": getattr(args, "org", None),
        "options": {k: getattr(args, k, None) for k in OPTIONS},
        "as_of": result.as_of.isoformat(),
        "regime": getattr(getattr(result, "regime", None), "code", None),
        "inputs": [{"path": f, "sha256": sha256(f)} for f in files],
        "rule_files": [{"path": _shown(p), "sha256": sha256(p)} for p in rule_files(folder)],
        "findings": sorted(({"fingerprint": f.fingerprint, "code": f.code, "subject": f.subject_id,
                             "severity": f.severity.value} for f in findings), key=lambda d: (d["fingerprint"], d["code"])),
        "waived": sorted(w.finding.fingerprint for w in waived),
    }
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _read(path: str) -> dict:
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError([Problem(path, None, "file_missing")]) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError([Problem(path, None, "manifest_invalid", {"reason": type(exc).__name__})]) from None
    if not isinstance(doc, dict) or doc.get("manifest") != FORMAT or doc.get("command") not in ("check", "diff", "plan"):
        raise InputError([Problem(path, None, "manifest_invalid", {"reason": "manifest/command"})])
    return doc


def _argv(doc: dict, out: str) -> list[str]:
    o = doc["options"]
    argv = [doc["command"], *doc["files"], "--format", "json", "--manifest", out, "--fail-on", "never"]
    if doc.get("org"):
        argv += ["--org", doc["org"]]
    for key, flag in (("as_of", "--as-of"), ("waivers", "--waivers"), ("rules", "--rules"), ("lang", "--lang")):
        if o.get(key):
            argv += [flag, o[key]]
    for key in ("select", "ignore"):
        for token in o.get(key) or []:
            argv += [f"--{key}", token]
    return argv


def verify(path: str, lang: str, run) -> tuple[str, bool]:
    """(the verdict in words, identical?) — `run` is the CLI's main, called in this process."""
    before = _read(path)
    en = lang == "en"
    missing = [i["path"] for i in before["inputs"] if not Path(i["path"]).is_file()]
    if missing:
        raise InputError([Problem(m, None, "file_missing") for m in missing])
    with tempfile.TemporaryDirectory() as tmp:
        out = str(Path(tmp) / "manifest.json")
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()) as err:
            code = run(_argv(before, out))
        if code not in (0, 1) or not Path(out).is_file():
            raise InputError([Problem(path, None, "manifest_invalid",
                                      {"reason": err.getvalue().strip().splitlines()[-1] if err.getvalue().strip()
                                       else f"exit {code}"})])
        after = json.loads(Path(out).read_text(encoding="utf-8"))
    changes = differences(before, after, en)
    if not changes:
        return ("identical: same inputs, rules, versions and findings\n" if en else
                "giống hệt: cùng tệp đầu vào, quy tắc, phiên bản và phát hiện\n"), True
    head = "changed:" if en else "có thay đổi:"
    return head + "\n" + "".join(f"  - {c}\n" for c in changes), False


def differences(before: dict, after: dict, en: bool) -> list[str]:
    out: list[str] = []
    for key, label in (("orgcheck", "orgcheck"), ("durable_rules", "durable-rules")):
        if before[key] != after[key]:
            out.append(f"{label} {'version' if en else 'phiên bản'}: {before[key]} → {after[key]}")
    for key, label in (("inputs", ("input", "tệp đầu vào")), ("rule_files", ("rule file", "tệp quy tắc"))):
        old = {i["path"]: i["sha256"] for i in before[key]}
        new = {i["path"]: i["sha256"] for i in after[key]}
        for p in sorted(old.keys() | new.keys()):
            if old.get(p) != new.get(p):
                state = ("added" if en else "mới có") if p not in old else ("gone" if en else "không còn") \
                    if p not in new else ("content changed" if en else "nội dung đã sửa")
                out.append(f"{label[not en]} {p}: {state}")
    if before["regime"] != after["regime"]:
        out.append(f"{'regime' if en else 'chế độ'}: {before['regime']} → {after['regime']}")
    old = {(f["fingerprint"], f["code"]): f for f in before["findings"]}
    new = {(f["fingerprint"], f["code"]): f for f in after["findings"]}
    for key in sorted(old.keys() - new.keys(), key=lambda k: k[1]):
        out.append(f"{'finding gone' if en else 'phát hiện không còn'}: {old[key]['code']} — {old[key]['subject']}")
    for key in sorted(new.keys() - old.keys(), key=lambda k: k[1]):
        out.append(f"{'new finding' if en else 'phát hiện mới'}: {new[key]['code']} — {new[key]['subject']}")
    for key in sorted(old.keys() & new.keys(), key=lambda k: k[1]):
        if old[key]["severity"] != new[key]["severity"]:
            out.append(f"{'severity' if en else 'mức độ'} {key[1]} — {old[key]['subject']}: "
                       f"{old[key]['severity']} → {new[key]['severity']}")
    if before["waived"] != after["waived"]:
        out.append("waived findings differ" if en else "danh sách phát hiện được miễn trừ khác nhau")
    return out
