"""``pos-client bench``'s sale figure: sales and bare commits are timed in turn, each
sample a real durable commit, and the page counts come from the WAL."""

from pos_client.bench import _bench_sale
from pos_client.seed import sample_phones, seed_members


def test_the_sale_figure_times_sales_beside_bare_commits_and_counts_their_pages(t, tmp_path):
    seed_members(t.store, 300, t.clock())
    phones = sample_phones(40, 300)

    fig = _bench_sale(t, tmp_path, phones, 40)

    assert fig["name"] == "complete a sale" and fig["samples"] == 40
    assert fig["baseline_p99_ms"] > 0 and fig["ratio_p99"] > 0
    assert fig["p50_ms"] <= fig["p99_ms"]
    # A sale writes its sale, ledger, outbox, journal and print job: more pages than one row.
    assert fig["baseline_pages_per_commit"] >= 1
    assert fig["pages_per_sale"] > fig["baseline_pages_per_commit"]
    assert {"sales", "journal", "outbox"} <= set(fig["pages_by_tree"])
    # The 40 timed sales and the page-counted ones are real, committed sales.
    assert t.store.read().execute("SELECT COUNT(*) FROM sales").fetchone()[0] >= 41
