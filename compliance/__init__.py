"""orgcheck: kiểm tra tuân thủ pháp luật của phương án sắp xếp tổ chức bộ máy.

Layers, low to high (each imports only those below it):
text/messages → model → graph → facts → catalogue → engine → check → render (one module per format) → cli.

The Python API (what the command line does, without printing):

    from compliance import check, diff_proposal, load_org, load_proposal
    from compliance.render import render           # (the package keeps its name: not re-exported)

    org = load_org("can-tho-2023.yaml")            # InputError if the file is wrong
    result = check(org)                            # CheckResult: .findings, .rules, .regime
                                                   # (compliance.check is this function, not its module)
    print(render(result, "markdown", "vi"))
    diff = diff_proposal(load_proposal("de-an.yaml"))
"""

__version__ = "0.1.0"

from .catalogue import load_catalogue  # noqa: E402  (after __version__: the modules below may read it)
from .check import check  # noqa: E402
from .diff import diff_orgs, diff_proposal  # noqa: E402
from .messages import InputError  # noqa: E402
from .model import load_org  # noqa: E402
from .proposal import load_proposal  # noqa: E402

__all__ = ["InputError", "check", "diff_orgs", "diff_proposal", "load_catalogue", "load_org", "load_proposal"]
