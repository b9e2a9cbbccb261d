"""Grounded answers: plan the question, read typed records, compute, quote the evidence, verify the text."""
