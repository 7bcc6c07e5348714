"""`--baseline report.json`: report only what is not already in an earlier JSON report.

For structures whose old problems are handled elsewhere: findings are matched by their stable
fingerprint (rule + subject, see check.Finding.fingerprint), so line moves and rewording do not
bring them back. The report says how many were left out and from which file.
"""

from __future__ import annotations

import json
from pathlib import Path

from .check import Finding
from .messages import InputError, Problem, os_reason

MAX_BYTES = 200 * 1024 * 1024


def load_baseline(path: str) -> frozenset[str]:
    """The fingerprints of an orgcheck JSON report (check, plan or diff; a diff's resolved rows excluded)."""
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError([Problem(path, None, "file_missing")]) from None
    except OSError as exc:
        raise InputError([Problem(path, None, "file_unreadable", {"reason": os_reason(exc)})]) from None
    if len(raw) > MAX_BYTES:
        raise InputError([Problem(path, None, "file_too_large", {"size": len(raw) // 2**20, "limit": MAX_BYTES // 2**20})])
    try:
        doc = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise InputError([Problem(path, None, "baseline_invalid")]) from None
    findings = doc.get("findings") if isinstance(doc, dict) else None
    if not isinstance(findings, list) or not all(isinstance(f, dict) and isinstance(f.get("fingerprint"), str)
                                                 for f in findings):
        raise InputError([Problem(path, None, "baseline_invalid")])
    return frozenset(f["fingerprint"] for f in findings if f.get("status") != "da_khac_phuc")


def without_baseline(findings: list[Finding], known: frozenset[str], path: str) -> tuple[list[Finding], dict[str, str]]:
    """(the findings not in the baseline, the header note saying how many were left out)."""
    kept = [f for f in findings if f.fingerprint not in known]
    n = len(findings) - len(kept)
    return kept, {"vi": f"Không hiển thị {n} phát hiện đã có trong báo cáo gốc {path} (--baseline)",
                  "en": f"{n} findings already in the baseline report {path} are not shown (--baseline)"}
