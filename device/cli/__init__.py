"""The ``tether`` command line: ``main`` assembles the parser from one module per command in ``commands/``."""
