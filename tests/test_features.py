"""Mọi kịch bản Gherkin trong features/ (bdd_features_base_dir), thu thập đệ quy."""

from pytest_bdd import scenarios

scenarios(".")
