"""Every string the console shows is in the nb/sv catalogue; Accept-Language picks the language."""

from __future__ import annotations

import re
from pathlib import Path

from sync.hq import kpis
from sync.hq.console import automations, i18n, segments, web
from sync.hq.console.catalogue import CATALOGUE

CONSOLE = Path(i18n.__file__).parent
LITERAL = re.compile(r"""(?:\b_|gettext\(\s*(?:lang|page\.lang|self\.lang|exc\.lang)\s*,|(?:Field|Rule|Campaign)Error\(\s*(?:"[^"]*"|\w+),)"""
                     r"""\(?\s*("(?:[^"\\]|\\.)*"|'[^']*')""")


def shown_strings() -> set[str]:
    found = set()
    for path in [*CONSOLE.glob("templates/*.html"), *CONSOLE.glob("*.py")]:
        for m in LITERAL.finditer(path.read_text(encoding="utf-8")):
            found.add(m.group(1)[1:-1].replace('\\"', '"'))
    found |= set(i18n.DONE.values()) | set(i18n.ACTIONS.values()) | set(i18n.KINDS.values())
    found |= set(i18n.CAMPAIGN_KINDS.values()) | {v[1] for v in segments.RULES.values()}
    found |= {x for pair in automations.KINDS.values() for x in pair}
    found |= set(i18n.WORDS) | set(kpis.DEFINITIONS.values()) | {web.FORGED}
    return found


def test_every_shown_string_has_nb_and_sv():
    strings = shown_strings()
    assert len(strings) > 150
    missing = sorted(s for s in strings if s not in CATALOGUE)
    assert not missing, missing
    for text, (nb, sv) in CATALOGUE.items():
        assert nb.strip() and sv.strip(), text
        assert set(re.findall(r"{\w+}", nb)) == set(re.findall(r"{\w+}", text)) == set(re.findall(r"{\w+}", sv)), text


def test_accept_language():
    assert i18n.from_accept_language("sv-SE,sv;q=0.9,en;q=0.8") == "sv"
    assert i18n.from_accept_language("no;q=0.8, en;q=0.9") == "en"
    assert i18n.from_accept_language("nn-NO") == "nb"
    assert i18n.from_accept_language("de-DE,fr") == "en"
    assert i18n.from_accept_language("") == "en"


def test_money_and_percent_the_nordic_way():
    assert i18n.kroner(123456) == "1\u00a0234,56\u00a0kr"
    assert i18n.kroner(-50) == "-0,50\u00a0kr"
    assert i18n.percent(0.125) == "12,5\u00a0%"
