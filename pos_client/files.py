"""Reading the shop's files (program TOML, catalogue and members CSV, config).

The domain parses text; this is the one place that turns a path into text,
with one clear line when the file is missing, unreadable or not UTF-8.
"""

from __future__ import annotations

from pathlib import Path

from .domain.catalogue import Product
from .domain.catalogue_file import MemberRow, parse_catalogue, parse_members
from .domain.errors import InvalidInput, ProgramError
from .domain.program import Program
from .domain.program_file import parse_program


def read_text(path: str | Path, error: type[InvalidInput] = ProgramError) -> tuple[str, str]:
    path = Path(path)
    try:
        return path.read_text(encoding="utf-8"), str(path)
    except OSError as exc:
        raise error(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise error(f"{path}: not UTF-8 text") from None


def load_program(path: str | Path) -> Program:
    return parse_program(*read_text(path))


def load_catalogue(path: str | Path) -> list[Product]:
    return parse_catalogue(*read_text(path))


def load_members(path: str | Path, region: str = "NO") -> list[MemberRow]:
    text, source = read_text(path)
    return parse_members(text, source, region)
