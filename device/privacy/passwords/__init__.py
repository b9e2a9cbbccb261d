"""Passwords given on command lines (``commands``) and in prose (``prose``), with the checks on
the value after a cue that both share (``values``). ``CredentialDetector`` runs them with the token
formats and the assignments."""
