"""briefbot's test suite; its support modules are importable as ``tests.*`` from the
repository root (pytest puts the root on ``sys.path``, see ``pythonpath`` in pyproject.toml)."""
