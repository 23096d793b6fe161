"""Tests of the commands as a user runs them: arguments in, output and exit status out."""
