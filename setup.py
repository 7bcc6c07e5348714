"""Build step for the wheel (metadata is in pyproject.toml). rules/ and features/quy_tac/ stay at the top of
the repository, where analysts and reviewers find them; the wheel carries them inside the package, as
compliance/_data/rules and compliance/_data/features/quy_tac (the same layout, so the code finds them the
same way installed or in a checkout: compliance.model.RULES_DIR), with fixtures/ as bundled examples."""

from setuptools import find_packages, setup

DATA = {"compliance._data.rules": "rules", "compliance._data.features.quy_tac": "features/quy_tac",
        "compliance._data.examples": "fixtures"}

setup(packages=find_packages(include=["compliance", "compliance.*"]) + list(DATA), package_dir=DATA,
      package_data={"compliance._data.rules": ["*.yaml"], "compliance._data.features.quy_tac": ["*.feature"],
                    "compliance._data.examples": ["*.yaml", "README.md"],
                    # the web workbench's pages, styles and database migrations
                    "compliance.web": ["templates/*.html", "static/*", "migrations/*.py", "migrations/*.mako",
                                       "migrations/versions/*.py"]})
