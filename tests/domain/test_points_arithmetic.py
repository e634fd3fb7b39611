"""Points earned are computed in integers (no Fractions on every sale): the same numbers as
exact rational arithmetic, for any rate, multipliers and amounts."""

from fractions import Fraction
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from pos_client.domain.money import allocate
from pos_client.domain.settlement import _points_earned

RATES = st.sampled_from([1, 0.5, 1.5, 2, 0.1, 0.33, 3, 10, 0.01])
MULTIPLIERS = st.sampled_from([1, 1.5, 2, 3, 0.5, 1.25, 0.1])


def _exact(ppk, lines, total):
    """What the settlement computed with Fractions before."""
    rate = Fraction(str(ppk)) / 100
    raw = [Fraction(net) * rate * Fraction(str(m)) for net, m in lines]
    earned = int(sum(raw, Fraction(0)))
    return earned, allocate(earned, [int(r * 1000) for r in raw]), max(earned - int(Fraction(total) * rate), 0)


@settings(max_examples=500)
@given(RATES, st.lists(st.tuples(st.integers(-10**7, 10**7), MULTIPLIERS), max_size=8),
       st.integers(-10**7, 10**7))
def test_points_in_integers_equal_exact_fractions(ppk, lines, total):
    settled = [SimpleNamespace(net=net, points_multiplier=m, points=None) for net, m in lines]
    result = SimpleNamespace(total=total, points_earned=None, bonus_points=None)
    _points_earned(SimpleNamespace(points_per_krone=ppk), settled, result)
    assert (result.points_earned, [l.points for l in settled], result.bonus_points) == _exact(ppk, lines, total)
