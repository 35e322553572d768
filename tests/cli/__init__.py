"""Tests of the command line (claimdiff.cli)."""
