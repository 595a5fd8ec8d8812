"""The parts stay apart: the domain knows nothing of Telegram, and the bot goes through the
front door (``knowledge.service.Knowledge`` and its services), never the read model behind it."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
READ_MODEL = ("knowledge.briefing", "knowledge.store", "knowledge.search")


def _modules(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def _imported_names(path: Path) -> list[tuple[str, str]]:
    """(module, name) of every absolute ``from module import name`` in *path*."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        (node.module, alias.name)
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module and not node.level
        for alias in node.names
    ]


def _imports(path: Path) -> set[str]:
    """Every module *path* imports, absolute (a name imported from a module as module.name)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    plain = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    named = _imported_names(path)
    return plain | {module for module, _ in named} | {f"{m}.{name}" for m, name in named}


@pytest.mark.parametrize("path", _modules("knowledge"), ids=lambda p: str(p.relative_to(ROOT)))
def test_the_domain_never_imports_the_bot_or_telegram(path: Path) -> None:
    bad = {m for m in _imports(path) if m.split(".")[0] in ("bot", "telegram")}
    assert not bad


@pytest.mark.parametrize("path", _modules("bot"), ids=lambda p: str(p.relative_to(ROOT)))
def test_the_bot_never_reaches_past_the_services(path: Path) -> None:
    imported = {m for m in _imports(path) if m.startswith(READ_MODEL)}
    tree = ast.parse(path.read_text(encoding="utf-8"))
    reached = [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and node.attr in ("briefing", "store")
    ]
    assert not imported
    assert not reached, f"knowledge.briefing / .store used at lines {reached}"


def test_the_check_sees_a_reach_past_the_services(tmp_path: Path) -> None:
    module = tmp_path / "handler.py"
    module.write_text(
        "from knowledge.store.database import Store\n"
        "def count(knowledge):\n    return knowledge.briefing.store.count_facts()\n"
    )
    assert "knowledge.store.database" in _imports(module)
    with pytest.raises(AssertionError):
        test_the_bot_never_reaches_past_the_services(module)


@pytest.mark.parametrize(
    "path", _modules("bot") + _modules("knowledge"), ids=lambda p: str(p.relative_to(ROOT))
)
def test_no_production_function_runs_over_fifty_lines(path: Path) -> None:
    """One function, one screen (complexity is ruff's C901, at 10, in pyproject.toml)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    long = [
        f"{node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno is not None
        and node.end_lineno - node.lineno + 1 > 50
    ]
    assert not long


@pytest.mark.parametrize("path", _modules("bot"), ids=lambda p: str(p.relative_to(ROOT)))
def test_the_bot_imports_only_what_the_domain_exports(path: Path) -> None:
    """What the bot may use of a domain module is listed in that module's ``__all__``."""
    unlisted = [
        f"{module}.{name}"
        for module, name in _imported_names(path)
        if module.split(".")[0] == "knowledge"
        and name not in getattr(importlib.import_module(module), "__all__", ())
    ]
    assert not unlisted
