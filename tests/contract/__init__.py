"""Tests of the promises others rely on: the README, the JSON schemas, the output corpus, the dataset, the warm path."""
