"""Pairing: trade a one-time code from HQ for a device token (DESIGN §5)."""

from __future__ import annotations

import base64
import logging
import time

from pos_client.store import meta, sync_apply

from .http import Backoff, Gone, Http, NeedsRepair, Refused, Transient, _json, utcnow
from .protocol import PROTOCOL, PairResponse

log = logging.getLogger(__name__)


class PairError(Exception):
    pass


def _public_key(store) -> tuple[str, str]:
    raw = store.signing_key.public_bytes()
    from pos_client.domain.codes import key_id_of     # the id codes carry, so both agree
    return key_id_of(raw).hex(), base64.b64encode(raw).decode()


def pair(store, hq_url: str, code: str, terminal_name: str, timeout_s: float = 10,
         attempts: int = 4) -> dict:
    """Trade a one-time code for a device token and store both with the URL.

    Lost answers are retried with the same request: HQ gives the same pairing back.
    """
    key_id, public = _public_key(store)
    body = {"protocol": PROTOCOL, "code": code.strip(), "terminal_id": store.terminal_id,
            "terminal_name": terminal_name, "key": {"key_id": key_id, "public_key": public,
                                                    "owner": store.terminal_id}}
    http = Http(hq_url, None, timeout_s, utcnow)
    backoff = Backoff(0.5, 4)
    try:
        for attempt in range(attempts):
            try:
                answer = _json(http.request("POST", "/v1/pair", json=body), PairResponse)
                break
            except Transient as exc:
                if attempt == attempts - 1:
                    raise
                log.info("pairing: %s; retrying", exc)
                time.sleep(backoff.next(exc.retry_after))
            except (Refused, NeedsRepair, Gone) as exc:
                raise PairError(str(exc)) from None
    finally:
        http.close()
    def tx(conn):
        meta.save_pairing(conn, hq_url, answer.device_token, answer.terminal_name)
        sync_apply.apply_items(conn, [{"type": "key", **answer.hq_key.model_dump()}])

    store.write(tx)
    store.forget_keyring()
    return {"terminal_id": answer.terminal_id, "terminal_name": answer.terminal_name,
            "hq_url": hq_url.rstrip("/"), "hq_key_id": answer.hq_key.key_id}
