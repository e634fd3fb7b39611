"""Receipt printers, cash drawers and scanners.

python-escpos pickles its printer-capability data into a cache dir chosen when
it is first imported; by default the shared temp dir, where another local user
could plant a pickle, and never next to a frozen app.  Every import of escpos
goes through this package, so the per-user cache is set here, first.
"""

import os


def _escpos_cache_dir() -> None:
    if "ESCPOS_CAPABILITIES_PICKLE_DIR" in os.environ:
        return
    import platformdirs
    path = platformdirs.user_cache_path("till") / "escpos"
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:                       # a read-only home: a private temp dir will do
        import tempfile
        path = tempfile.mkdtemp(prefix="till-escpos-")
    os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"] = str(path)


_escpos_cache_dir()
