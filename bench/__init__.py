"""The benchmark (run as ``python -m bench.bench`` from the repository root)."""
