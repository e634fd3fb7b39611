import os

# Qt tests run offscreen everywhere (CI has no display).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("POS_LOG_DIR", os.path.join(os.environ.get("TMPDIR", "/tmp"), "till-test-logs"))
# A config written by a real first-run setup on this machine must not leak into tests.
os.environ["POS_CONFIG_DIR"] = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"till-test-config-{os.getpid()}")
