"""Qt translations (nb, sv, en) from resources/i18n, chosen by config or system locale."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
LANGUAGES = ("nb", "sv", "en")
_installed: list[QTranslator] = []
_current: list[str] = []


def current() -> str | None:
    return _current[-1] if _current else None


def loaded() -> bool:
    """Our catalogue for the current language is installed (Qt's own is optional)."""
    return any(tr.filePath().endswith(f"till_{current()}.qm") for tr in _installed)


def pick_language(configured: str = "") -> str:
    if configured in LANGUAGES:
        return configured
    system = QLocale.system().name()[:2]
    return {"nb": "nb", "no": "nb", "nn": "nb", "sv": "sv"}.get(system, "en")


def install(language: str) -> str:
    """Replace the application's translator; returns the language in use."""
    app = QCoreApplication.instance()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # Qt's own texts (a line edit's context menu) where Qt ships them (sv; not nb);
    # every button and title the cashier sees is ours, so nb loses nothing.
    for path in (f"{qt_dir}/qtbase_{language}.qm", str(I18N / f"till_{language}.qm")):
        translator = QTranslator(app)
        if translator.load(path):
            app.installTranslator(translator)
            _installed.append(translator)
    _current[:] = [language]
    return language
