"""Command line: `orgcheck check FILE`, `orgcheck diff PROPOSAL | BEFORE AFTER`, `orgcheck plan FILE`,
`orgcheck explain FILE CODE UNIT`, `orgcheck verify MANIFEST`, `orgcheck config`,
`orgcheck rules list|show|docs|test|new`, `orgcheck schema`. FILE may be an organization file or a
proposal (top-level `baseline:` + `operations:`). Defaults come from orgcheck.toml (compliance/config.py).

Exit codes: 0 no finding at or above --fail-on (`diff`: no NEW finding at or above it; waived findings never
count), 1 findings, 2 bad input or usage, 3 internal error.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import gc
import json
import os
import sys
from datetime import date
from pathlib import Path

from . import __version__
from .catalogue import Catalogue, Severity, load_catalogue, rules_folder
from .check import check, check_plan
from .diff import diff_orgs, diff_proposal, identity_lineage
from .atomic import write_atomic
from .entry import Interrupted, interrupted
from .config import Config, load_config
from .engine import EngineError
from .messages import MESSAGES, InputError, Message, Problem
from .model import EARLIEST_DATE, LATEST_DATE, RULES_DIR, FunctionDef, OrgFile, Task, Unit, build_org, load_org, parse_date
from .plan import AgencyIndex, read_plan
from .proposal import ProposalResult, build_proposal, is_proposal
from .render import render
from .ruledocs import article_version, rule_page, write_docs
from .selection import Selection, parse_tokens
from .source import DEFAULT_MAX_INPUT_MB, read_document, set_input_limit

FAIL_ON = {"error": {Severity.ERROR}, "warning": {Severity.ERROR, Severity.WARNING}, "never": set()}


class _Parser(argparse.ArgumentParser):
    lang = "vi"

    def error(self, message):
        prefix = "usage error" if self.lang == "en" else "lỗi cách dùng"
        self.print_usage(sys.stderr)
        self.exit(2, f"orgcheck: {prefix}: {message}\n")


class _Version(argparse.Action):
    """`orgcheck --version`: what a result depends on, computed only when asked."""

    def __call__(self, parser, namespace, values, option_string=None):
        from importlib.metadata import PackageNotFoundError, version

        from .catalogue import catalogue_hash

        try:
            engine = version("durable-rules")
        except PackageNotFoundError:
            engine = "?"
        sys.stdout.write(f"orgcheck {__version__}\n{'catalogue' if _Parser.lang == 'en' else 'danh mục quy tắc'} "
                         f"sha256:{catalogue_hash()}\ndurable-rules {engine}\n")
        parser.exit(0)


# argparse's texts (usage:, options, invalid choice…) → message keys whose English is argparse's own id
_ARGPARSE_TEXTS = {MESSAGES[key][1]: key for key in MESSAGES if key.startswith("argparse_")}
_ARGPARSE_TEXTS["expected %s argument"] = "argparse_n"


@contextlib.contextmanager
def _argparse_speaks(lang: str):
    """argparse looks its texts up through gettext at the moment it builds or reports; while orgcheck's
    parser does, they come from the catalogue in the user's language."""
    if lang == "en":
        yield
        return
    saved = argparse._, argparse.ngettext
    argparse._ = lambda text: MESSAGES[_ARGPARSE_TEXTS[text]][0] if text in _ARGPARSE_TEXTS else text
    argparse.ngettext = lambda one, many, n: argparse._(one if n == 1 else many)
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved


def _parser(lang: str) -> argparse.ArgumentParser:
    en = lang == "en"
    _Parser.lang = lang
    p = _Parser(prog="orgcheck", description=(
        "Check proposed reorganizations of Vietnamese public administration against the law." if en else
        "Kiểm tra tuân thủ pháp luật của cơ cấu tổ chức bộ máy hành chính."))
    p.add_argument("--version", action=_Version, nargs=0, help="print the version, the rule catalogue's hash and the "
                   "durable-rules version" if en else "in phiên bản, mã băm của danh mục quy tắc và phiên bản durable-rules")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", choices=["vi", "en"],
                        help="language of the output" if en else "ngôn ngữ (mặc định: vi)")
    common.add_argument("--max-input-mb", type=_megabytes, default=DEFAULT_MAX_INPUT_MB, metavar="MB", help=(
        f"refuse input files larger than this (default {DEFAULT_MAX_INPUT_MB} MB: a national file passes; reading "
        "takes 10-15x the file size in memory)" if en else
        f"từ chối tệp đầu vào lớn hơn mức này (mặc định {DEFAULT_MAX_INPUT_MB} MB, đủ cho tệp cả nước; khi đọc cần "
        "bộ nhớ gấp 10-15 lần cỡ tệp)"))
    rules_opt = argparse.ArgumentParser(add_help=False)
    rules_opt.add_argument("--rules", metavar="DIR", help=(
        "use the rules of DIR instead of orgcheck's rules/: DIR holds *.yaml rule files and, optionally, a "
        "quy_tac/ subfolder of .feature rules (or is a copy of the project, with rules/ and features/quy_tac/); "
        "che-do.yaml and tu-dien-truong.yaml default to orgcheck's own" if en else
        "dùng quy tắc trong thư mục DIR thay cho rules/ của orgcheck: DIR chứa các tệp quy tắc *.yaml và, nếu có, "
        "thư mục con quy_tac/ chứa tệp .feature (hoặc là bản sao dự án, có rules/ và features/quy_tac/); "
        "thiếu che-do.yaml, tu-dien-truong.yaml thì dùng tệp của orgcheck"))
    review = argparse.ArgumentParser(add_help=False)
    review.add_argument("--select", action="append", metavar="CODES", help=(
        "only these rules: codes, code prefixes (ND370.PHO, CN) or families (cap_pho, tieu_chi, chuc_nang, chu_tri, "
        "co_cau), comma-separated or repeated" if en else
        "chỉ các quy tắc này: mã, tiền tố mã (ND370.PHO, CN) hoặc nhóm (cap_pho, tieu_chi, chuc_nang, chu_tri, co_cau), "
        "cách nhau bằng dấu phẩy hoặc lặp lại tùy chọn"))
    review.add_argument("--ignore", action="append", metavar="CODES", help=(
        "leave out these rules (same forms as --select)" if en else "bỏ qua các quy tắc này (cùng dạng như --select)"))
    review.add_argument("--waivers", metavar="FILE", help=(
        "waivers file (YAML): findings approved by a decision until a date" if en else
        "tệp miễn trừ (YAML): phát hiện được cấp có thẩm quyền chấp thuận đến một ngày"))
    review.add_argument("--baseline", metavar="REPORT.json", help=(
        "report only findings not in this earlier JSON report (matched by fingerprint)" if en else
        "chỉ báo cáo phát hiện chưa có trong báo cáo JSON trước đó (đối chiếu theo dấu vân tay)"))
    review.add_argument("--manifest", metavar="FILE", help=(
        "write a manifest (versions, hashes of inputs and rules, options, findings) for `orgcheck verify`" if en else
        "ghi tệp kê khai (phiên bản, mã băm tệp đầu vào và quy tắc, tùy chọn, phát hiện) để `orgcheck verify` kiểm lại"))
    fail_help = "lowest severity that makes the exit code 1" if en else "mức độ thấp nhất làm mã thoát bằng 1"
    output = _output_options(en)
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser, metavar="COMMAND" if en else "LỆNH")
    c = sub.add_parser("check", parents=[common, rules_opt, review, output], help="check an organization file" if en else "kiểm tra một tệp tổ chức")
    c.add_argument("file", help="organization file (.yaml/.json/.xlsx)" if en else "tệp tổ chức (.yaml/.json/.xlsx)")
    c.add_argument("--format", choices=["table", "json", "markdown"])
    c.add_argument("--fail-on", choices=list(FAIL_ON), help=fail_help)
    c.add_argument("--as-of", help="check against the law in force on this date (DD/MM/YYYY)" if en else
                   "kiểm tra theo pháp luật có hiệu lực vào ngày này (DD/MM/YYYY)")
    k = sub.add_parser("plan", parents=[common, rules_opt, review, output], help="check a plan's task assignments" if en else
                       "kiểm tra phân công nhiệm vụ của một kế hoạch")
    k.add_argument("file", help="plan (.txt/.docx/.xlsx)" if en else "kế hoạch (.txt/.docx/.xlsx)")
    k.add_argument("--org", help="organization file to resolve agency names against" if en else
                   "tệp tổ chức để đối chiếu tên cơ quan")
    k.add_argument("--format", choices=["table", "json", "markdown"])
    k.add_argument("--fail-on", choices=list(FAIL_ON), help=fail_help)
    k.add_argument("--as-of", help="law in force on this date (DD/MM/YYYY); default: the organization's, "
                   "else the plan's date" if en else "pháp luật có hiệu lực vào ngày này (DD/MM/YYYY); mặc định: "
                   "ngày của tệp tổ chức, nếu không thì ngày của kế hoạch")
    d = sub.add_parser("diff", parents=[common, rules_opt, review, output], help="compare before and after a proposal" if en else
                       "so sánh trước và sau một đề án")
    d.add_argument("files", nargs="+", metavar="FILE", help=(
        "a proposal, or a baseline and a proposed organization file" if en else
        "một đề án, hoặc tệp tổ chức hiện tại và tệp tổ chức đề xuất"))
    d.add_argument("--format", choices=["table", "json", "markdown"])
    d.add_argument("--fail-on", choices=list(FAIL_ON), help=(
        "lowest severity of a NEW finding that makes the exit code 1" if en else
        "mức độ thấp nhất của phát hiện MỚI làm mã thoát bằng 1"))
    x = sub.add_parser("explain", parents=[common, rules_opt], help="why a rule fired on a unit, or did not" if en else
                       "giải thích vì sao một quy tắc có / không có phát hiện ở một đơn vị")
    x.add_argument("file", help="organization file or proposal" if en else "tệp tổ chức hoặc đề án")
    x.add_argument("code", help="rule code" if en else "mã quy tắc")
    x.add_argument("unit", help="unit id" if en else "mã đơn vị")
    x.add_argument("--as-of")
    x.add_argument("--waivers", metavar="FILE")
    v = sub.add_parser("verify", parents=[common], help="re-run a manifest and say whether anything changed" if en else
                       "chạy lại theo tệp kê khai và cho biết có gì thay đổi")
    v.add_argument("manifest")
    sub.add_parser("config", parents=[common], help="the effective configuration and where each value comes from" if en
                   else "cấu hình đang dùng và nguồn của từng giá trị")
    r = sub.add_parser("rules", parents=[common], help="the rule catalogue" if en else "danh mục quy tắc")
    rsub = r.add_subparsers(dest="rules_command", required=True, parser_class=_Parser, metavar="COMMAND" if en else "LỆNH")
    rl = rsub.add_parser("list", parents=[common, rules_opt], help="list the rules" if en else "liệt kê các quy tắc")
    rl.add_argument("--as-of", help="only the rules in force on this date (DD/MM/YYYY)" if en else
                    "chỉ các quy tắc có hiệu lực vào ngày này (DD/MM/YYYY)")
    rl.add_argument("--stale", type=int, metavar="DAYS", help=(
        "only rules whose last review (provenance.reviewed_on) is older than DAYS days, or missing" if en else
        "chỉ các quy tắc rà soát lần cuối (provenance.reviewed_on) cách đây quá DAYS ngày, hoặc chưa ghi ngày rà soát"))
    rs = rsub.add_parser("show", parents=[common, rules_opt], help="one rule's page" if en else "trang của một quy tắc")
    rs.add_argument("code", help="the rule's code, e.g. ND107.PHO.PHONG" if en else "mã quy tắc, ví dụ ND107.PHO.PHONG")
    rs.add_argument("--as-of", help="say which text of the rule's article applied on this date (DD/MM/YYYY)" if en
                    else "cho biết văn bản nào của điều luật được áp dụng vào ngày này (DD/MM/YYYY)")
    rt = rsub.add_parser("test", parents=[common, rules_opt], help="run the scenarios of Gherkin rule files" if en else
                         "chạy các kịch bản của tệp quy tắc Gherkin")
    rt.add_argument("files", nargs="*", metavar="FILE", help="default: features/quy_tac/*.feature (with --rules: "
                    "the .feature rules of DIR)" if en else "mặc định: features/quy_tac/*.feature (có --rules: các tệp "
                    ".feature của DIR)")
    rn = rsub.add_parser("new", parents=[common], help="scaffold a Gherkin rule file" if en else
                         "tạo khung một tệp quy tắc Gherkin")
    rn.add_argument("code", nargs="?", default="TINH.PHO.MOI")
    rn.add_argument("--out", help="file to write (default: print)" if en else "tệp để ghi (mặc định: in ra)")
    _coverage_parser(rsub, [common, rules_opt], en)
    rf = rsub.add_parser("conformance", parents=[common, rules_opt], help=(
        "write the conformance matrix (norm → rule → status → scenarios)" if en else
        "tạo bảng đối chiếu chuẩn mực pháp luật (chuẩn mực → quy tắc → tình trạng → kịch bản)"))
    rf.add_argument("--out", default="docs/conformance.md")
    rd = rsub.add_parser("docs", parents=[common, rules_opt], help="write docs/rules/" if en else "tạo docs/rules/")
    rd.add_argument("--out", default="docs/rules", help="folder to write the pages into (default: docs/rules)" if en
                    else "thư mục ghi các trang (mặc định: docs/rules)")
    sub.add_parser("schema", parents=[common], help="JSON Schema of organization files" if en else
                   "JSON Schema của tệp tổ chức")
    _workbook_parsers(sub, common, en)
    _web_parsers(sub, common, en)
    return p


def _megabytes(text: str) -> float:
    """--max-input-mb: a positive number of megabytes (at most 64 GB: beyond that it is a typo)."""
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        value = -1.0
    if not 0 < value <= 65536:
        raise argparse.ArgumentTypeError(Message("max_input_mb", {"value": text}).text(_Parser.lang))
    return value


def _output_options(en: bool) -> argparse.ArgumentParser:
    """-o FILE and --color for check, diff and plan (the report formats, issue 11)."""
    out = argparse.ArgumentParser(add_help=False)
    out.add_argument("-o", "--output", metavar="FILE", help=(
        "write the report to FILE; the format follows its extension (.xlsx .docx .html .csv .json .md)" if en else
        "ghi báo cáo vào tệp FILE; định dạng theo đuôi tệp (.xlsx .docx .html .csv .json .md)"))
    out.add_argument("--color", choices=["auto", "always", "never"], default="auto", help=(
        "severity in colour: auto = when the output is a terminal and NO_COLOR is not set" if en else
        "tô màu mức độ: auto = khi xuất ra màn hình và không đặt NO_COLOR"))
    return out


def _emit(result, args) -> None:
    """The report on stdout (fitted to the terminal), or with -o in a file of the format its extension names,
    written whole or not at all."""
    from .atomic import write_atomic
    from .render import format_for, render_bytes
    from .render.table import terminal_width, use_colour

    if args.output:
        data = render_bytes(result, format_for(args.output), args.lang)
        try:
            write_atomic(args.output, data)
        except OSError as exc:
            raise _unwritable(args.output, exc) from None
        sys.stdout.write(f"{'written' if args.lang == 'en' else 'đã ghi'} {args.output}\n")
        return
    table = args.format == "table"
    sys.stdout.write(render(result, args.format, args.lang, terminal_width() if table else None,
                            table and use_colour(args.color)))


_WRITE_ERRORS = {errno.ENOENT: "output_reason_no_folder", errno.EACCES: "output_reason_denied",
                 errno.EPERM: "output_reason_denied", errno.EISDIR: "output_reason_is_folder",
                 errno.ENOTDIR: "output_reason_no_folder", errno.ENOSPC: "output_reason_full",
                 errno.EROFS: "output_reason_denied"}


def _workbook_parsers(sub, common, en: bool) -> None:
    """`mau` (the Excel template) and `convert` (between .yaml, .json and .xlsx)."""
    m = sub.add_parser("mau", parents=[common], help="write the Excel template to fill in" if en else
                       "tạo mẫu Excel để điền cơ cấu hoặc đề án")
    m.add_argument("--kind", choices=["org", "proposal"], default="org", help=(
        "an organization structure or a proposal (đề án)" if en else "cơ cấu tổ chức (org) hoặc đề án (proposal)"))
    m.add_argument("-o", "--output", default="mau.xlsx", help="workbook to write (.xlsx)" if en else
                   "tệp Excel sẽ ghi (.xlsx)")
    m.add_argument("--force", action="store_true", help="overwrite an existing file" if en else "ghi đè tệp đã có")
    v = sub.add_parser("convert", parents=[common], help="convert between .yaml, .json and .xlsx" if en else
                       "chuyển đổi giữa .yaml, .json và .xlsx")
    v.add_argument("input", metavar="IN")
    v.add_argument("output", metavar="OUT")
    v.add_argument("--force", action="store_true", help="overwrite an existing file" if en else "ghi đè tệp đã có")


def _mau(args) -> int:
    from .convert import write_file
    from .workbook_writer import template

    if Path(args.output).suffix.lower() != ".xlsx":
        raise InputError([Problem(args.output, None, "convert_extension")])
    write_file(args.output, template(args.kind, args.lang), args.force)
    sys.stdout.write(f"{'written' if args.lang == 'en' else 'đã ghi'} {args.output}\n")
    return 0


def _convert(args) -> int:
    from .convert import convert

    convert(args.input, args.output, args.lang, overwrite=args.force)
    sys.stdout.write(f"{'written' if args.lang == 'en' else 'đã ghi'} {args.output}\n")
    return 0
def _unwritable(path: str, exc: OSError) -> InputError:
    """An output file or folder that cannot be written, said in the user's words (not the OS's English)."""
    reason = Message(_WRITE_ERRORS.get(exc.errno, "output_reason_other"), {"code": exc.errno})
    return InputError([Problem(path, None, "output_unwritable", {"reason": reason})])


def _web_parsers(sub, common, en: bool) -> None:
    """`orgcheck serve` and `orgcheck users add` (the web workbench, compliance/web/)."""
    db_help = ("database URL (default: a SQLite file in your data folder; an office server: "
               "postgresql+psycopg://user:password@host/db)" if en else
               "địa chỉ cơ sở dữ liệu (mặc định: tệp SQLite trong thư mục dữ liệu của bạn; máy chủ dùng chung: "
               "postgresql+psycopg://người_dùng:mật_khẩu@máy/csdl)")
    s = sub.add_parser("serve", parents=[common], help="start the web workbench" if en else "mở bàn làm việc trên web")
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default: this computer only)" if en else
                   "địa chỉ lắng nghe (mặc định: chỉ máy này)")
    s.add_argument("--port", type=int, default=8000)
    s.add_argument("--db", help=db_help)
    u = sub.add_parser("users", parents=[common], help="workbench accounts" if en else "tài khoản của bàn làm việc")
    usub = u.add_subparsers(dest="users_command", required=True, parser_class=_Parser)
    ua = usub.add_parser("add", parents=[common], help="add an account (the password is asked for)" if en else
                         "thêm tài khoản (mật khẩu được hỏi khi chạy)")
    ua.add_argument("name")
    ua.add_argument("--role", choices=["analyst", "admin"], default="analyst")
    ua.add_argument("--db", help=db_help)


def tune_gc() -> None:
    """A check builds millions of small objects that live to the end (a few dozen per unit) and
    makes almost no reference cycles; at the default thresholds the collector re-scans them over
    and over (a third of the load time at 150 000 units). Young objects are collected ~100× less
    often; everything is still collected."""
    gc.freeze()  # what the imports built is never garbage
    gc.set_threshold(100_000, 50, 100)


def _argv_lang(argv: list[str]) -> str | None:
    """--lang before parsing, so that even usage errors speak the user's language."""
    for i, a in enumerate(argv):
        if a.startswith("--lang="):
            return a.split("=", 1)[1]
        if a == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
    return None


def main(argv: list[str] | None = None) -> int:
    if argv is None:  # run as a program (not from a test or another program's process)
        tune_gc()
    argv = sys.argv[1:] if argv is None else argv
    lang = "en" if _argv_lang(argv) == "en" else "vi"
    try:
        config = load_config()
        if _argv_lang(argv) is None:
            lang = str(config.get("lang"))
        with _argparse_speaks(lang):
            args = _parser(lang).parse_args(argv)
        set_input_limit(getattr(args, "max_input_mb", DEFAULT_MAX_INPUT_MB))
        _settle(args, config, lang, argv)
        if getattr(args, "output", None):  # an unknown extension is refused before the work, not after
            from .render import format_for
            format_for(args.output)
        if args.command == "check":
            return _check(args)
        if args.command == "plan":
            return _plan(args)
        if args.command == "diff":
            return _diff(args)
        if args.command == "explain":
            return _explain(args)
        if args.command == "verify":
            return _verify(args)
        if args.command == "config":
            sys.stdout.write(_config_text(config, args.lang))
            return 0
        if args.command == "rules":
            return _rules(args)
        if args.command == "mau":
            return _mau(args)
        if args.command == "convert":
            return _convert(args)
        if args.command == "schema":
            sys.stdout.write(schema_json())
            return 0
        if args.command == "serve":
            return _serve(args)
        if args.command == "users":
            return _users_add(args)
    except InputError as exc:
        sys.stderr.write(exc.render(lang) + "\n")
        return 2
    except EngineError as exc:
        sys.stderr.write(("orgcheck: the rule engine could not guarantee a complete result: " if lang == "en" else
                          "orgcheck: bộ máy luật không bảo đảm được kết quả đầy đủ, không xuất báo cáo: ") + f"{exc}\n")
        return 3
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else 2
    except (KeyboardInterrupt, Interrupted) as exc:   # files are written atomically: nothing half-written stays
        return interrupted(exc, lang)
    except BrokenPipeError:   # `orgcheck … | head`: the reader has gone; nothing more to say
        sys.stderr.close()
        return 141
    except Exception as exc:  # a bug: say so briefly; ORGCHECK_DEBUG=1 shows the traceback
        if os.environ.get("ORGCHECK_DEBUG"):
            raise
        sys.stderr.write(("orgcheck: internal error (set ORGCHECK_DEBUG=1 for details): " if lang == "en" else
                          "orgcheck: lỗi nội bộ (đặt ORGCHECK_DEBUG=1 để xem chi tiết): ") + f"{exc!r}\n")
        return 3
    return 2


def _settle(args, config: Config, lang: str, argv: list[str]) -> None:
    """Command-line values over the configuration file over orgcheck's defaults."""
    args.lang = lang
    for key in ("format", "fail-on", "select", "ignore", "rules", "waivers"):
        attr = key.replace("-", "_")
        if hasattr(args, attr):
            config.set_from_cli(key, getattr(args, attr))
            setattr(args, attr, config.get(key))
    if _argv_lang(argv) is not None:
        config.set_from_cli("lang", lang)


def _config_text(config: Config, lang: str) -> str:
    en = lang == "en"
    where = {"default": "orgcheck's default" if en else "mặc định của orgcheck", "cli": "command line" if en else "dòng lệnh"}
    rows = [[key, ", ".join(v) if isinstance(v, list) else ("—" if v is None else str(v)),
             where.get(config.origin[key], config.origin[key])] for key, v in config.values.items()]
    from tabulate import tabulate
    head = (f"Configuration file: {config.file or 'none (orgcheck.toml or [tool.orgcheck] in pyproject.toml)'}" if en else
            f"Tệp cấu hình: {config.file or 'không có (orgcheck.toml hoặc [tool.orgcheck] trong pyproject.toml)'}")
    return head + "\n\n" + tabulate(rows, ["Key", "Value", "From"] if en else ["Khóa", "Giá trị", "Nguồn"],
                                     tablefmt="simple", disable_numparse=True) + "\n"


def _date_arg(value: str | None, lang: str) -> date | None:
    if value is None:
        return None
    parsed = parse_date(value)
    if not isinstance(parsed, date):
        raise InputError([Problem("--as-of", None, "bad_date_arg", {"value": value})])
    if not EARLIEST_DATE <= parsed <= LATEST_DATE:   # the same plausible range as the files' dates
        raise InputError([Problem("--as-of", None, "date_range", {"field": "--as-of", "day": f"{parsed:%d/%m/%Y}"})])
    return parsed


def _rules_source(args) -> tuple[Path, str]:
    """The rules folder of --rules DIR (and how messages name it), else orgcheck's own."""
    return rules_folder(args.rules) if args.rules else (RULES_DIR, "rules")


def _catalogue(args) -> Catalogue:
    """Loaded once per command and passed down: check() would otherwise load the built-in rules again;
    narrowed to --select/--ignore where the command has them."""
    folder, shown = _rules_source(args)
    catalogue = load_catalogue(folder, shown=shown)
    if hasattr(args, "select"):
        catalogue = Selection(parse_tokens(args.select), parse_tokens(args.ignore)).apply(catalogue)
    return catalogue


def _review(args, result, waivers: list) -> None:
    """What the reviewer asked of a check or plan result: waivers, the baseline, and header notes saying
    the run was narrowed, so a report never looks complete when it was not."""
    if waivers:
        from .waivers import waive
        waive(result, waivers)
    if getattr(args, "baseline", None):
        from .baseline import load_baseline, without_baseline
        result.findings, note = without_baseline(result.findings, load_baseline(args.baseline), args.baseline)
        result.notes.append(note)
    for key, vi, en in (("select", "Chỉ kiểm tra các quy tắc", "Only the rules"),
                        ("ignore", "Bỏ qua các quy tắc", "Rules left out")):
        tokens = parse_tokens(getattr(args, key, None))
        if tokens:
            result.notes.append({"vi": f"{vi}: {', '.join(tokens)} (--{key})", "en": f"{en}: {', '.join(tokens)} (--{key})"})


def _waivers(args) -> list:
    from .waivers import load_waivers

    return load_waivers(args.waivers) if getattr(args, "waivers", None) else []


def _load(file: str):
    """An organization file, or the structure a proposal file produces."""
    data, source = read_document(file)
    if is_proposal(data):
        return build_proposal(data, source, Path(file).parent)
    return build_org(data, source, normalized=True)


def _check(args) -> int:
    catalogue = _catalogue(args)
    waivers = _waivers(args)
    loaded = _load(args.file)
    org = loaded.result if isinstance(loaded, ProposalResult) else loaded
    result = check(org, _date_arg(args.as_of, args.lang), catalogue)
    _review(args, result, waivers)
    _emit(result, args)
    if args.manifest:
        _write_manifest(args, _input_files(args.file, loaded), result.findings, result.waived, result)
    failing = FAIL_ON[args.fail_on]
    return 1 if any(f.severity in failing for f in result.findings) else 0


def _plan(args) -> int:
    day = _date_arg(args.as_of, args.lang)
    catalogue = _catalogue(args)
    org = load_org(args.org) if args.org else None
    plan = read_plan(args.file, index=AgencyIndex(org) if org else None)
    result = check_plan(plan, org, day, catalogue)
    _review(args, result, _waivers(args))
    _emit(result, args)
    if args.manifest:
        _write_manifest(args, [args.file] + ([args.org] if args.org else []), result.findings, result.waived, result)
    return 1 if any(f.severity in FAIL_ON[args.fail_on] for f in result.findings) else 0


def _diff(args) -> int:
    catalogue = _catalogue(args) if len(args.files) in (1, 2) else None
    if len(args.files) == 1:
        loaded = _load(args.files[0])
        if not isinstance(loaded, ProposalResult):
            raise InputError([Problem(args.files[0], None, "diff_needs_proposal")])
        result = diff_proposal(loaded, catalogue, _waivers(args))
        inputs = _input_files(args.files[0], loaded)
    elif len(args.files) == 2:
        before, after = load_org(args.files[0]), load_org(args.files[1])
        result = diff_orgs(before, after, identity_lineage(before, after), catalogue=catalogue, waivers=_waivers(args))
        inputs = list(args.files)
    else:
        raise InputError([Problem("diff", None, "diff_arguments", {"count": len(args.files)})])
    _review(args, result.after, [])   # waivers were applied inside the diff, to both sides
    if args.baseline:
        known = {f.fingerprint for f in result.after.findings}
        result.rows = [r for r in result.rows if r.status == "da_khac_phuc" or r.finding.fingerprint in known]
    _emit(result, args)
    new = [r.finding for r in result.rows if r.status == "moi"]
    if args.manifest:
        _write_manifest(args, inputs, [r.finding for r in result.rows if r.status != "da_khac_phuc"],
                        result.after.waived, result.after)
    return 1 if any(f.severity in FAIL_ON[args.fail_on] for f in new) else 0


def _input_files(file: str, loaded) -> list[str]:
    """The file named, and for a proposal the baseline it reads."""
    out = [file]
    if isinstance(loaded, ProposalResult):
        out.append(loaded.baseline.source.file)
    return out


def _write_manifest(args, inputs: list[str], findings, waived, result) -> None:
    from .manifest import build_manifest

    folder, _ = _rules_source(args)
    text = build_manifest(args, inputs, folder, findings, waived, result)
    write_atomic(args.manifest, text)


def _explain(args) -> int:
    from .explain import explain, render_explanation

    catalogue = _catalogue(args)
    loaded = _load(args.file)
    org = loaded.result if isinstance(loaded, ProposalResult) else loaded
    e = explain(org, args.code, args.unit, catalogue, _date_arg(args.as_of, args.lang), _waivers(args))
    sys.stdout.write(render_explanation(e, args.lang))
    return 0


def _verify(args) -> int:
    from .manifest import verify

    text, same = verify(args.manifest, args.lang, main)
    sys.stdout.write(text)
    return 0 if same else 1


def _rules(args) -> int:
    from .render.model import Table
    from .render.table import table_text, terminal_width

    if args.rules_command == "test":
        from .ruletest import run

        text, code = run(args.files, args.lang, *_rules_source(args))
        sys.stdout.write(text)
        return code
    if args.rules_command == "new":
        return _new_rule(args)
    catalogue = _catalogue(args)
    if args.rules_command == "coverage":
        return _coverage(args, catalogue)
    if args.rules_command == "conformance":
        return _conformance(args, catalogue)
    en = args.lang == "en"
    if args.rules_command == "list":
        day = _date_arg(args.as_of, args.lang)
        rules = catalogue.in_force(day) if day else catalogue.rules
        if args.stale is not None:
            rules = _stale(args, catalogue, rules)
        confidence = {"verified": ("đã xác minh", "verified"), "unverified": ("chưa xác minh", "unverified")}
        rows = [[r.code, r.title.get(args.lang), r.severity.label(args.lang),
                 f"{r.window.start:%d/%m/%Y}–{r.window.end:%d/%m/%Y}" if r.window.end else
                 (f"from {r.window.start:%d/%m/%Y}" if en else f"từ {r.window.start:%d/%m/%Y}"),
                 "; ".join(b.text() for b in r.legal_basis), confidence[r.confidence][en], r.file]
                for r in sorted(rules, key=lambda r: r.code)]
        headers = (["Code", "Title", "Severity", "In force", "Legal basis", "Confidence", "File"] if en else
                   ["Mã", "Tên", "Mức độ", "Hiệu lực", "Căn cứ pháp lý", "Độ tin cậy", "Tệp"])
        if day:
            regime = catalogue.regime_for(day)
            name = regime.name.get(args.lang) if regime else ("none" if en else "chưa mã hóa")
            sys.stdout.write(f"{'Regime' if en else 'Chế độ'} {day:%d/%m/%Y}: {name}\n\n")
        sys.stdout.write(table_text(Table(headers, rows, widths=(None, 40, None, None, 40, None, None),
                                          keep=frozenset({2, 3}), atoms=frozenset({0, 6}), style="simple"),
                                    terminal_width()) + "\n")
        return 0
    if args.rules_command == "docs":
        out = Path(args.out)
        if out.exists() and not out.is_dir():
            raise InputError([Problem(args.out, None, "output_unwritable", {"reason": Message("docs_out_is_file")})])
        try:
            written = write_docs(catalogue, out)
        except OSError as exc:
            raise _unwritable(args.out, exc) from None
        sys.stdout.write(f"{len(written)} {'pages written to' if en else 'trang đã ghi vào'} {args.out}\n")
        return 0
    rule = catalogue.by_code(args.code)
    if rule is None:
        raise InputError([Problem("rules", None, "rule_problem", {"code": args.code, "reason": Message("rule_unknown")})])
    history = catalogue.history(rule)
    sys.stdout.write(rule_page(rule, args.lang, history))
    if (day := _date_arg(args.as_of, args.lang)) is not None:
        sys.stdout.write("\n" + article_version(rule, *history, day, args.lang) + "\n")
    return 0


def _stale(args, catalogue: Catalogue, rules: list) -> list:
    """`rules list --stale DAYS`: the rules not reviewed within DAYS days of today, and a line saying so."""
    if args.stale < 0:
        raise InputError([Problem("--stale", None, "stale_days", {"value": args.stale})])
    today = date.today()
    stale = [r for r in catalogue.stale(args.stale, today) if r in rules]
    sys.stdout.write(Message("stale_title", {"count": len(stale), "days": args.stale,
                                             "date": f"{today:%d/%m/%Y}"}).text(args.lang) + "\n\n")
    return stale


def _coverage_parser(rsub, parents, en: bool) -> None:
    rc = rsub.add_parser("coverage", parents=parents, help=(
        "per unit kind, which rule families are checked on a date and which are not (and why)" if en else
        "theo từng loại đơn vị: nhóm quy tắc nào được kiểm tra vào một ngày, nhóm nào không (và lý do)"))
    rc.add_argument("--as-of", help="the date (DD/MM/YYYY); default: today" if en else
                    "ngày xem xét (DD/MM/YYYY); mặc định: hôm nay")


def _coverage(args, catalogue: Catalogue) -> int:
    from tabulate import tabulate

    from .norm_coverage import NormCoverage, subject_label

    en = args.lang == "en"
    day = _date_arg(args.as_of, args.lang) or date.today()
    rows = [[subject_label(s.kind, args.lang), Message(f"family_{s.family}").text(args.lang),
             Message("coverage_checked" if s.checked else "coverage_not_checked").text(args.lang),
             ", ".join(s.rules) or "—", "" if s.checked else s.why(args.lang)]
            for s in NormCoverage(catalogue).on(day)]
    headers = (["Unit kind", "Family", "Status", "Rules in force", "Why not checked"] if en else
               ["Loại đơn vị", "Nhóm quy tắc", "Tình trạng", "Quy tắc có hiệu lực", "Lý do không kiểm tra"])
    sys.stdout.write(Message("coverage_title", {"date": f"{day:%d/%m/%Y}"}).text(args.lang) + "\n\n")
    sys.stdout.write(tabulate(rows, headers, tablefmt="simple", maxcolwidths=[24, 18, None, 40, 60]) + "\n")
    return 0


def _conformance(args, catalogue: Catalogue) -> int:
    from .atomic import write_atomic
    from .conformance import conformance_text

    write_atomic(args.out, conformance_text(catalogue, _rules_source(args)[0]))
    sys.stdout.write(Message("conformance_written", {"path": args.out}).text(args.lang) + "\n")
    return 0


def _new_rule(args) -> int:
    from .gherkin import CODE, scaffold

    if not CODE.match(args.code):
        raise InputError([Problem("rules new", None, "rule_problem", {"code": args.code, "reason": Message("rule_code_format")})])
    text = scaffold(args.code)
    if not args.out:
        sys.stdout.write(text)
        return 0
    out = Path(args.out)
    if out.exists():
        raise InputError([Problem(args.out, None, "rule_problem", {"code": args.code, "reason": Message("file_exists")})])
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(out, text, overwrite=False)
    except OSError as exc:
        raise _unwritable(args.out, exc) from None
    sys.stdout.write(f"{'written' if args.lang == 'en' else 'đã ghi'} {out}\n")
    return 0


def _serve(args) -> int:
    """The web workbench; imported only here so other commands stay fast."""
    try:
        import uvicorn

        from .web.app import StartRefused, create_app
    except ImportError as exc:   # installed without the [web] extra
        raise InputError([Problem("serve", None, "web_missing_package", {"name": exc.name})]) from None

    try:
        app = create_app(args.db, args.host)
    except StartRefused:
        raise InputError([Problem("serve", None, "web_start_refused", {"host": args.host})]) from None
    app.state.catalogue()   # the rules read once before the first page, not during it
    sys.stderr.write(f"orgcheck: http://{args.host}:{args.port}/\n")
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


def _users_add(args) -> int:
    """The database and the name first, then the password: nothing is asked for in vain."""
    import getpass

    try:
        from .web.security import add_user
        from .web.storage import User, open_database
    except ImportError as exc:
        raise InputError([Problem("users add", None, "web_missing_package", {"name": exc.name})]) from None
    with open_database(args.db)() as db:
        if db.query(User).filter_by(name=args.name).first():
            raise InputError([Problem("users add", None, "web_user_exists", {"name": args.name})])
        if sys.stdin.isatty():
            password = getpass.getpass("Password: " if args.lang == "en" else "Mật khẩu: ")
            if getpass.getpass("Again: " if args.lang == "en" else "Nhập lại: ") != password:
                raise InputError([Problem("users add", None, "web_password_mismatch")])
        else:   # scripts: the first line of standard input
            password = sys.stdin.readline().rstrip("\r\n")
        if len(password) < 8:
            raise InputError([Problem("users add", None, "web_password_short")])
        add_user(db, args.name, password, args.role, "cli")
        db.commit()
    sys.stdout.write(f"{'account added' if args.lang == 'en' else 'đã thêm tài khoản'}: {args.name} ({args.role})\n")
    return 0


def schema_json() -> str:
    """JSON Schema of an organization file, units/functions/tasks items included."""
    schema = OrgFile.model_json_schema(by_alias=True)
    for field, model in (("units", Unit), ("functions", FunctionDef), ("tasks", Task)):
        item = model.model_json_schema(by_alias=True)
        schema.setdefault("$defs", {}).update(item.pop("$defs", {}))  # "#/$defs/…" resolves from the root
        schema["properties"][field]["items"] = item
    schema["title"] = "orgcheck organization file"
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"

