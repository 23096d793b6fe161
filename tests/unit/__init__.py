"""Tests of one module on its own: records in, answers out."""
