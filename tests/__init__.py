"""Tether tests, mirroring the package tree."""
