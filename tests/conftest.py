import os

# Qt tests run offscreen everywhere (CI has no display).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("POS_LOG_DIR", os.path.join(os.environ.get("TMPDIR", "/tmp"), "till-test-logs"))
