"""Child process for the SIGKILL test: sync a data dir with HQ until killed."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pos_client.store.store import Store  # noqa: E402
from sync.client import SyncClient  # noqa: E402

store = Store.open(sys.argv[1])
client = SyncClient(store, sys.argv[2], store.get_meta("device_token"), timeout_s=5)
print("ready", flush=True)
while True:
    client.sync_once()
