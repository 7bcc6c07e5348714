"""Issue 18: each rule's review date; `rules list --stale DAYS`; the report says when the catalogue was reviewed."""

from __future__ import annotations

import json
from datetime import date, timedelta

from compliance.catalogue import load_catalogue
from compliance.cli import main

RULE = """
  - code: {code}
    family: cap_pho
    title: {{vi: "Phó Chánh Thanh tra", en: "Deputy inspectors"}}
    severity: error
    legal_basis: [{{document: "Nghị định 107/2020/NĐ-CP", article: "Điều 6"}}]
{provenance}    fact: unit
    where: {{kind: thanh_tra_so}}
    measure: cap_pho
    compare: ">"
    limit: {limit}
    message: {{vi: "{{value}} phó / tối đa {{limit}}", en: "{{value}} deputies / at most {{limit}}"}}
    why: {{vi: "Thanh tra sở có tối đa {limit} phó.", en: "At most {limit} deputies."}}
    feature: features/cap_pho.feature
"""


def _rules(tmp_path, reviewed: date):
    folder = tmp_path / "rules"
    folder.mkdir()
    provenance = (f'    provenance: {{url: "https://vbpl.vn/nd107", read_on: {reviewed.isoformat()}, '
                  f'quote: "Thanh tra sở có không quá 02 Phó Chánh Thanh tra", reviewed_on: {reviewed.isoformat()}}}\n')
    (folder / "thu.yaml").write_text(
        'source: {document: "Nghị định 107/2020/NĐ-CP", title: "Thử", rank: nghi_dinh, '
        'in_force: {from: 2020-11-25, to: 2025-02-28}}\nrules:'
        + RULE.format(code="THU.PHO.A", provenance=provenance, limit=2)
        + RULE.format(code="THU.PHO.B", provenance="", limit=3), encoding="utf-8")
    return folder


def test_stale_rules_are_those_reviewed_too_long_ago_or_never(tmp_path):
    today = date.today()
    catalogue = load_catalogue(_rules(tmp_path, today - timedelta(days=10)))
    assert [r.code for r in catalogue.stale(30, today)] == ["THU.PHO.B"]
    assert [r.code for r in catalogue.stale(10, today)] == ["THU.PHO.B"]
    assert [r.code for r in catalogue.stale(9, today)] == ["THU.PHO.A", "THU.PHO.B"]


def test_rules_list_stale(tmp_path, capsys):
    folder = _rules(tmp_path, date.today() - timedelta(days=40))
    assert main(["rules", "list", "--stale", "30", "--rules", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "2 quy tắc chưa được rà soát trong 30 ngày" in out and "THU.PHO.A" in out and "THU.PHO.B" in out
    assert main(["rules", "list", "--stale", "60", "--rules", str(folder), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "1 rules not reviewed within 60 days" in out and "THU.PHO.A" not in out and "THU.PHO.B" in out
    assert main(["rules", "list", "--stale", "-1", "--rules", str(folder)]) == 2
    assert "số ngày phải từ 0 trở lên" in capsys.readouterr().err


def test_report_footer_says_when_the_catalogue_was_reviewed(tmp_path, capsys):
    folder = _rules(tmp_path, date(2026, 11, 30))
    org = tmp_path / "t.yaml"
    org.write_text('jurisdiction: {name: "Tỉnh Hòa An", class: loai_1, as_of: 2023-09-08}\nunits:\n'
                   '  - {id: u, name: "UBND tỉnh Hòa An", kind: ubnd_tinh}\n'
                   '  - {id: s, name: "Sở Nội vụ", kind: so, parent: u, bien_che: 30, cap_pho: 3}\n'
                   '  - {id: tt, name: "Thanh tra sở", kind: thanh_tra_so, parent: s, bien_che: 9, cap_pho: 3}\n',
                   encoding="utf-8")
    main(["check", str(org), "--rules", str(folder)])
    out = capsys.readouterr().out
    assert "THU.PHO.A" in out and "THU.PHO.B" not in out
    assert ("Danh mục quy tắc được rà soát: cũ nhất 30/11/2026, mới nhất 30/11/2026 (1/2 quy tắc áp dụng có ngày rà soát)"
            in out)
    main(["check", str(org), "--rules", str(folder), "--lang", "en", "--format", "json"])
    doc = json.loads(capsys.readouterr().out)
    assert doc["catalogue_reviewed"] == {"oldest": "2026-11-30", "newest": "2026-11-30", "rules_with_review": 1,
                                         "rules_applied": 2}
    main(["check", str(org), "--rules", str(folder), "--lang", "en"])
    assert "Rule catalogue reviewed: oldest 30/11/2026, newest 30/11/2026 (1 of 2" in capsys.readouterr().out
