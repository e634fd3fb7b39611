"""Property-based fuzzing of the HQ API from its own OpenAPI schema: no 500s,
answers conform to the schema (SQLite and PostgreSQL, real HTTP)."""

from __future__ import annotations

import os

import schemathesis
from schemathesis.specs.openapi.checks import positive_data_acceptance
from hypothesis import HealthCheck, given, settings

from hq_wire import WireTerminal

EXAMPLES = int(os.environ.get("POS_SCHEMATHESIS_EXAMPLES", "40"))


def test_openapi_fuzz_finds_no_server_errors(hq):
    terminal = WireTerminal(hq.url, hq.code("fuzz"))
    auth = {"Authorization": f"Device {terminal.token}"}
    schema = schemathesis.openapi.from_url(hq.url + "/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.path for op in operations} >= {"/v1/pair", "/v1/events", "/v1/changes", "/v1/snapshot"}
    for op in operations:
        @given(case=op.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def run(case):
            response = case.call(base_url=hq.url, headers=auth)
            assert response.status_code < 500, f"{op.method.upper()} {op.path}: {response.text}"
            # Text rules stricter than the schema (no NUL, valid UTF-8) answer 400 by design.
            case.validate_response(response, excluded_checks=[positive_data_acceptance])

        run()
