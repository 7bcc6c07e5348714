"""Every message a user can see, from one catalogue, in Vietnamese and in English: the catalogue itself
(both languages, placeholders that agree), and the command line's help and usage errors — argparse's own
texts included — walked in both languages."""

from __future__ import annotations

import argparse
import re

import pytest

from compliance.cli import _parser, main
from compliance.messages import MESSAGES

PLACEHOLDER = re.compile(r"\{(\w+?)(?:_vi|_en)?(?:![rs])?(?::[^}]*)?\}")   # {op} / {op_en}: one value per language
PERCENT = re.compile(r"%\((\w+)\)[rsd]|%[rsd]")                           # argparse's own texts
VIETNAMESE = re.compile("[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]", re.IGNORECASE)
# English words that would mean an untranslated text in Vietnamese mode (option names and values aside)
ENGLISH = {"the", "and", "of", "to", "file", "files", "show", "help", "message", "exit", "usage", "options",
           "arguments", "positional", "default", "print", "write", "language", "output", "with", "from", "for",
           "this", "that", "version", "error", "invalid", "choice", "choose", "required", "expected", "argument",
           "unrecognized", "rules", "report", "folder", "date", "organization", "proposal", "plan", "instead"}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_in_both_languages_with_the_same_placeholders(key):
    vi, en = MESSAGES[key]
    assert vi.strip() and en.strip() and vi != en, key
    assert sorted(PLACEHOLDER.findall(vi)) == sorted(PLACEHOLDER.findall(en)), key
    assert sorted(PERCENT.findall(vi)) == sorted(PERCENT.findall(en)), key
    # English throughout, but for quoted Vietnamese terms (labels of a plan, the Gherkin placeholders)
    assert not VIETNAMESE.search(re.sub(r"'[^']*'|«[^»]*»|\{[^}]*\}|\([^)]*(Cơ quan|Thời gian|Nhiệm vụ)[^)]*\)", "",
                                        en)), (key, en)


def _commands() -> list[list[str]]:
    """Every command and subcommand of the parser, as the words that reach its --help."""
    out = [[]]
    stack = [([], _parser("vi"))]
    while stack:
        words, parser = stack.pop()
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    out.append(words + [name])
                    stack.append((words + [name], sub))
    return sorted(out)


def _tokens_of_the_interface() -> set[str]:
    """Option names, metavars, choices and command names: the words that stay as they are in any language."""
    keep = set()
    stack = [_parser("vi")]
    while stack:
        parser = stack.pop()
        for action in parser._actions:
            for text in [*action.option_strings, action.dest, str(action.metavar or "")]:
                keep |= set(re.findall(r"[A-Za-z_]+", text))
            for name in action.choices or ():
                keep |= set(re.findall(r"[A-Za-z_]+", str(name)))
            if isinstance(action, argparse._SubParsersAction):
                stack += list(action.choices.values())
    return {k.casefold() for k in keep}


@pytest.mark.parametrize("words", _commands(), ids=lambda w: " ".join(w) or "orgcheck")
def test_help_speaks_the_users_language(words, capsys):
    assert main([*words, "--help"]) == 0
    vi = capsys.readouterr().out
    assert main([*words, "--help", "--lang", "en"]) == 0 if words else True
    en = capsys.readouterr().out
    interface = _tokens_of_the_interface()
    # in Vietnamese: no English word but the interface's own (paths, extensions and codes quoted aside)
    prose = re.sub(r"\S*[/.]\S*|\b[A-Z0-9_.]{3,}\b", " ", vi)
    english = {w for w in re.findall(r"[A-Za-z]+", prose) if w.casefold() in ENGLISH and w.casefold() not in interface}
    assert not english, (english, vi)
    assert vi.startswith("cách dùng: ") and "tùy chọn:" in vi
    if words:   # the top level has no --lang of its own: its help is Vietnamese unless a command says otherwise
        assert en.startswith("usage: ") and "options:" in en
        assert not VIETNAMESE.search(re.sub(r"\([^)]*\)|«[^»]*»", "", en)), en   # a Vietnamese term glossed in brackets


@pytest.mark.parametrize("argv,vi_text,en_text", [
    (["chek", "x"], "lựa chọn 'chek' không hợp lệ (chọn một trong: 'check'", "invalid choice: 'chek' (choose from 'check'"),
    (["check"], "thiếu tham số bắt buộc: file", "the following arguments are required: file"),
    (["check", "x.yaml", "--bogus"], "không hiểu tham số: --bogus", "unrecognized arguments: --bogus"),
    (["check", "x.yaml", "--format", "pdf"], "tham số --format: lựa chọn 'pdf' không hợp lệ",
     "argument --format: invalid choice: 'pdf'"),
    (["check", "x.yaml", "--as-of"], "tham số --as-of: cần đúng một giá trị", "argument --as-of: expected one argument"),
    (["rules"], "thiếu tham số bắt buộc: LỆNH", "the following arguments are required: COMMAND"),
    (["check", "x.yaml", "--f", "x"], "tùy chọn --f chưa rõ, có thể là", "ambiguous option: --f could match"),
])
def test_usage_errors_in_both_languages(argv, vi_text, en_text, capsys):
    assert main(argv) == 2
    vi = capsys.readouterr().err
    assert main([*argv, "--lang", "en"]) == 2 or argv[-1] == "--as-of"
    en = capsys.readouterr().err
    assert vi.startswith("cách dùng: ") and "orgcheck: lỗi cách dùng: " in vi and vi_text in vi, vi
    assert "usage" not in vi and "invalid" not in vi and "argument" not in vi, vi
    if argv[-1] != "--as-of":   # there "--lang" would be taken as the date
        assert "orgcheck: usage error: " in en and en_text in en, en
