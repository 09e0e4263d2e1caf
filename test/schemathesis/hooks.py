"""
Schemathesis hooks for test/api/schemathesis.test.ts (loaded through SCHEMATHESIS_HOOKS).

The service POSTs webhooks to the `url` of webhook endpoints and to the `callbackUrl` of links, sessions and iDenfy
tokens. Generated values could name any address, and the test stack allows private targets, so before every request
those fields are pointed at the test's own receiver on loopback: the run never sends traffic off this machine.
"""
import os

import schemathesis

RECEIVER = os.environ["SCHEMATHESIS_WEBHOOK_RECEIVER"]
OUTBOUND_URL_FIELDS = ("url", "callbackUrl")


@schemathesis.hook
def before_call(context, case, kwargs):
    if not isinstance(case.body, dict):
        return
    for field in OUTBOUND_URL_FIELDS:
        if isinstance(case.body.get(field), str):
            case.body[field] = RECEIVER
