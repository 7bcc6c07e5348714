"""orgcheck: kiểm tra tuân thủ pháp luật của phương án sắp xếp tổ chức bộ máy.

Layers, low to high (each imports only those below it):
text/messages → model → graph → facts → catalogue → engine → check → render (one module per format) → cli.

The Python API (what the command line does, without printing):

    from compliance import check_org, diff_proposal, load_org, load_proposal
    from compliance.render import render

    org = load_org("can-tho-2023.yaml")            # InputError if the file is wrong
    result = check_org(org)                        # CheckResult: .findings, .rules, .regime
                                                   # (compliance.check.check: the module keeps its name)
    print(render(result, "markdown", "vi"))
    diff = diff_proposal(load_proposal("de-an.yaml"))
"""

__version__ = "0.1.0"

# The API is imported on first use (PEP 562): `import compliance` stays light, so the program can handle
# signals before the heavy imports (entry.py) and a command imports only what it needs.
_API = {"check_org": ("check", "check"), "diff_orgs": ("diff", "diff_orgs"), "diff_proposal": ("diff", "diff_proposal"),
        "load_catalogue": ("catalogue", "load_catalogue"), "load_org": ("model", "load_org"),
        "load_proposal": ("proposal", "load_proposal"), "InputError": ("messages", "InputError")}
__all__ = ["InputError", "check_org", "diff_orgs", "diff_proposal", "load_catalogue", "load_org", "load_proposal"]


def __getattr__(name: str):
    if name not in _API:
        raise AttributeError(f"module 'compliance' has no attribute {name!r}")
    import importlib

    module, attr = _API[name]
    return getattr(importlib.import_module(f".{module}", __name__), attr)
