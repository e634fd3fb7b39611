"""Child process for the crash test: sells in a loop until it is killed."""

import random
import sys

from pos_client.config import Config
from pos_client.services import Terminal

data_dir, seed = sys.argv[1], int(sys.argv[2])
rng = random.Random(seed)
t = Terminal.open(data_dir, config=Config(demo=True))
phones = [r[0] for r in t.store.read().execute("SELECT phone FROM members")]
skus = [p.sku for p in t.products()]
print("ready", flush=True)
n = 0
while True:
    n += 1
    if n % 25 == 0:
        member = t.enroll(f"+4799{seed:02d}{n:04d}", name=f"Crash {seed} {n}")
        phones.append(member.phone)
    else:
        member = t.lookup(rng.choice(phones)) if phones else None
    sale = t.new_sale(member)
    for _ in range(rng.randint(1, 4)):
        sale.add(rng.choice(skus), rng.randint(1, 3))
    if member and member.coupons and rng.random() < 0.5:
        try:
            sale.apply_coupon(member.coupons[0].code)
        except Exception:
            pass
    result = sale.complete(tender=rng.choice(["cash", "card"]))
    if member and rng.random() < 0.1:
        t.return_items(result.receipt_no, [(result.settlement.lines[0].sku, 1)])
