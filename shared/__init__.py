"""Contracts shared by device, server and sensors: wire models, settings, model locator.

This package imports nothing from ``device``, ``server`` or ``sensors`` (a test checks it).
"""
