"""Redaction of personal data before it leaves the device: phones, cards, account numbers, national
identifiers, secrets and e-mail addresses, found by maintained libraries (libphonenumber,
python-stdnum, detect-secrets) and replaced by ``[kind]`` placeholders. ``Redactor`` is the one
entry point; ``device.pipeline.privacy`` applies it to everything that leaves."""
