"""Returns: an earlier sale's returnable lines, and returning some of them."""

from __future__ import annotations

from dataclasses import dataclass

from sync.protocol import SaleReturned

from ..domain.errors import no_receipt, receipt_is_return
from ..domain.member import MemberState
from ..domain.returns import settle_return
from ..ids import uuid7
from ..store import writes
from .events import emit


class ReturnsMixin:
    """Terminal's return operations (mixed into ``Terminal``)."""

    def sale_by_receipt(self, receipt_no: str) -> dict:
        sale = self.store.sale_by_receipt(receipt_no)
        if sale is None:
            raise no_receipt(receipt_no)
        return sale

    def returnable(self, receipt_no: str) -> dict:
        """An earlier sale's lines with how many units of each can still be returned."""
        original = self.sale_by_receipt(receipt_no)
        if original["kind"] != "sale":
            raise receipt_is_return(receipt_no)
        done = self.store.returned_quantities(original["sale_id"])
        lines = [{"sku": l["sku"], "name": l.get("name") or l["sku"], "qty": l["qty"],
                  "left": l["qty"] - done.get(l["sku"], 0), "net": l.get("net", l["amount"])}
                 for l in original["doc"]["lines"]]
        return {"receipt_no": original["receipt_no"], "occurred_at": original["occurred_at"],
                "member_id": original["member_id"], "lines": lines}

    def return_items(self, receipt_no: str, items: list[tuple[str, int]]) -> "ReturnResult":
        """Return lines of an earlier sale; reverses points, stamps and spend they earned."""
        self.register.ready_to_sell()
        original = self.sale_by_receipt(receipt_no)
        if original["kind"] != "sale":
            raise receipt_is_return(receipt_no)
        doc = original["doc"]
        wanted: dict[str, int] = {}
        for sku, qty in items:
            product = self.store.product(sku)
            key = product.sku if product else sku
            wanted[key] = wanted.get(key, 0) + qty
        now = self.clock()
        member_id = original["member_id"]
        return_id = uuid7()

        from ..printing import return_receipt

        def tx(conn):
            # Quantities already returned are read inside the write transaction,
            # so two returns of the same line cannot both pass the check.
            done = self.store.returned_quantities(original["sale_id"], conn)
            result = settle_return(doc["lines"], wanted, done, doc.get("point_value", 0),
                                   doc.get("extras", []),
                                   self.store.unused_coupons(doc.get("reward_coupons", []), conn))
            writes.void_coupons(conn, result.coupons_voided, now)
            receipt_no_new = writes.next_receipt_no(conn)
            ledger = result.ledger(member_id) if member_id else []
            lines = [l.to_json() for l in result.lines]
            event = emit(conn, self.store.terminal_id, SaleReturned(
                return_id=return_id, sale_id=original["sale_id"], receipt_no=receipt_no_new,
                member_id=member_id, lines=lines, refund=result.refund, ledger=ledger,
                **({"coupons_voided": result.coupons_voided} if result.coupons_voided else {})), now)
            writes.insert_sale(conn, sale_id=return_id, receipt_no=receipt_no_new, kind="return",
                               member_id=member_id, when=now, total=-result.refund,
                               doc={"lines": lines, "refund": result.refund,
                                    "original_receipt": original["receipt_no"]},
                               event_id=event["event_id"], original_sale_id=original["sale_id"])
            receipt = return_receipt(self, when=now, returned=result, original=original).to_json()
            entry = self.register.record_return(conn, when=now, receipt_no=receipt_no_new, original=original,
                                                returned=result, receipt_json=receipt)
            writes.enqueue_print(conn, receipt_no_new, receipt, now, entry_no=entry.entry_no)
            return receipt_no_new, result

        receipt_no_new, result = self.store.write(tx)
        member = self.member(member_id) if member_id else None
        return ReturnResult(return_id, receipt_no_new, original["receipt_no"], result, member)


@dataclass
class ReturnResult:
    return_id: str
    receipt_no: str
    original_receipt: str
    settlement: object
    member: MemberState | None

    def to_json(self) -> dict:
        return {
            "return_id": self.return_id, "receipt_no": self.receipt_no,
            "original_receipt": self.original_receipt,
            "lines": [l.to_json() for l in self.settlement.lines],
            "refund": self.settlement.refund,
            "member": self.member.to_json() if self.member else None,
        }
