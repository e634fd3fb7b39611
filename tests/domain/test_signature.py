"""Skatteetaten's digital signature: RSA-SHA1, 1024 bits, PKCS#1 v1.5, base64, chained."""

import base64

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

from pos_client.domain.signature import (
    Signed, Signer, check_chain, generate_key, kroner, load_public, signed_text,
)

KEY = generate_key()


def test_the_signed_string_is_skatteetatens_format():
    assert signed_text("0", "2014-01-24", "23:59:59", 123456789, 125000, 100000) == \
        "0;2014-01-24;23:59:59;123456789;1250.00;1000.00"
    assert kroner(-1640) == "-16.40" and kroner(5) == "0.05" and kroner(0) == "0.00"


def test_the_key_is_1024_bit_rsa_with_exponent_65537():
    key = serialization.load_pem_private_key(KEY, password=None)
    assert key.key_size == 1024 and key.public_key().public_numbers().e == 65537


def test_a_signature_verifies_with_the_public_key_alone():
    signer = Signer(KEY)
    text = signed_text("0", "2026-11-24", "10:00:00", 1, 24990, 19992)
    sig = signer.sign(text)
    public = load_public(signer.public_pem())
    assert len(base64.b64decode(sig)) == 128                        # 1024 bits
    public.verify(base64.b64decode(sig), text.encode(), padding.PKCS1v15(), hashes.SHA1())


def _chain(n=5):
    signer = Signer(KEY)
    previous, out = "0", []
    for nr in range(1, n + 1):
        sig = signer.sign(signed_text(previous, "2026-11-24", f"10:00:0{nr}", nr, 1000 * nr, 800 * nr))
        out.append(Signed(str(nr), "2026-11-24", f"10:00:0{nr}", 1000 * nr, 800 * nr, sig, "1"))
        previous = sig
    return out, {"1": load_public(signer.public_pem())}


def test_an_intact_chain_has_no_problems():
    chain, keys = _chain()
    assert check_chain(chain, keys) == []


def test_an_altered_amount_or_a_missing_transaction_is_found():
    chain, keys = _chain()
    altered = list(chain)
    altered[2] = Signed(**{**altered[2].__dict__, "amount_in": 1})
    problems = check_chain(altered, keys)
    assert len(problems) == 1 and problems[0].startswith("transaction 3")
    problems = check_chain(chain[:1] + chain[2:], keys)            # one removed
    assert len(problems) == 1 and problems[0].startswith("transaction 3")
    assert "no public key" in check_chain(chain[:1], {})[0]
