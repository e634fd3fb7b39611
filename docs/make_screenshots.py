"""Render the cashier window offscreen in nb, sv and en into docs/screenshots/.

Run: ``QT_QPA_PLATFORM=offscreen uv run python docs/make_screenshots.py``
"""

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from pos_client.config import Config  # noqa: E402
from pos_client.services import Terminal  # noqa: E402
from pos_client.ui import i18n  # noqa: E402
from pos_client.ui.main_window import MainWindow  # noqa: E402

OUT = Path(__file__).resolve().parent / "screenshots"
app = QApplication(sys.argv[:1])
from pos_client.app import apply_theme  # noqa: E402
apply_theme(app)
for language in ("nb", "sv", "en"):
    i18n.install(language)
    with tempfile.TemporaryDirectory() as data:
        t = Terminal.open(data, config=Config(demo=True))
        window = MainWindow(t)
        window.resize(1024, 768)
        window.handle_scan(t.member_code(t.lookup("912 34 560")))
        dogfood = [p for p in t.products() if p.category == "dogfood"]
        window.handle_scan(dogfood[0].ean)
        window.handle_scan(dogfood[1].ean)
        window.handle_scan([p for p in t.products() if p.category == "leker"][0].ean)
        window.show()
        window.jobs.wait()
        window.basket.setCurrentItem(window.basket.topLevelItem(0))
        app.processEvents()
        window.grab().save(str(OUT / f"till_{language}.png"))
        window.shutdown()
        window.close()
        t.close()
print("written to", OUT)
