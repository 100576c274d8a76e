"""A peer for scripts/bench-service --peer: engage's GET /api/followups written in Python.

A benchmark's reference and nothing more: the product never imports or starts it. It is the same
endpoint written as a capable Python team would write it: FastAPI on uvicorn (uvloop, httptools),
an asyncpg pool per worker with asyncpg's default statement cache (each statement prepared once per
connection, then bound and executed), orjson for the answer, as many workers as the machine has
cores. Per request it runs the same two statements as engage, on one pooled connection:

  Store.authenticate   tokenSelect (Sources/EngageStore/Store+Tokens.swift); 401 when no token
  Store.openFollowUps  followUpSelect, no filter (Sources/EngageStore/Store+FollowUps.swift)

and answers what engage answers: each open follow-up as FollowUp encodes it (snake_case keys, days
as YYYY-MM-DD, absent optionals left out), then age_days and overdue as of today (the machine's
local date, as Day.today() takes it), then item "followup" (AwaitingFollowUp, AwaitingItem in
Sources/EngageCore). scripts/bench-service checks that both answers are equal, ignoring key order.

Keep the SQL in step with the store, as the pgbench scripts in scripts/bench-service are.

Usage, as scripts/bench-service runs it (uvicorn's master imports nothing of the app; each worker
makes its own pool of PEER_POOL_SIZE connections; PGHOST, PGUSER and PGDATABASE say where the
database is, as for libpq):
  python3 -m venv .local/peer-venv && .local/peer-venv/bin/pip install -r scripts/peers/requirements.txt
  PEER_POOL_SIZE=2 .local/peer-venv/bin/uvicorn followups_peer:app --app-dir scripts/peers --port 8081 \
      --workers "$(nproc)" --loop uvloop --http httptools --no-access-log --log-level warning
The pool's connections carry application_name "peer", so that their backends can be told apart.
"""

import datetime
import os
from contextlib import asynccontextmanager

import asyncpg
import orjson
from fastapi import FastAPI, Request
from fastapi.responses import Response

# Store.authenticate: tokenSelect + its WHERE (the token's SHA-256, not revoked).
TOKEN_SQL = """SELECT t.id, t.user_name, t.role, o.name AS officer, t.created_at, t.revoked_at
FROM api_tokens t LEFT JOIN officers o ON o.id = t.officer_id
 WHERE t.token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex') AND t.revoked_at IS NULL"""

# Store.openFollowUps, no filter: followUpSelect, open ones, oldest first.
FOLLOWUPS_SQL = """SELECT f.id, a.name AS authority, a.region, a.status AS authority_status, o.name AS lead_officer,
       f.request, f.kind, f.contact_id, f.opened_on, f.due_on, f.closed_on, f.outcome
FROM followups f
JOIN authorities a ON a.id = f.authority_id
LEFT JOIN officers o ON o.id = a.lead_officer_id
 WHERE f.closed_on IS NULL ORDER BY f.opened_on, f.id"""

POOL_SIZE = int(os.environ.get("PEER_POOL_SIZE", "4"))
UNAUTHORIZED = orjson.dumps({"error": "the token is unknown or revoked"})


@asynccontextmanager
async def lifespan(app):
    # PGHOST (the socket's folder), PGUSER and PGDATABASE come from the environment, as for libpq.
    app.state.pool = await asyncpg.create_pool(min_size=POOL_SIZE, max_size=POOL_SIZE,
                                               server_settings={"application_name": "peer"})
    yield
    await app.state.pool.close()


app = FastAPI(lifespan=lifespan, openapi_url=None, docs_url=None, redoc_url=None)


def awaiting(row, today):
    """One open follow-up as engage encodes AwaitingItem.followUp: FollowUp's members, then
    age_days, overdue and item."""
    item = {"id": row["id"], "authority": row["authority"], "region": row["region"],
            "authority_status": row["authority_status"]}
    if row["lead_officer"] is not None:
        item["lead_officer"] = row["lead_officer"]
    item["summary"] = row["request"]
    item["kind"] = row["kind"]
    if row["contact_id"] is not None:
        item["contact_id"] = row["contact_id"]
    opened_on = row["opened_on"]
    item["opened_on"] = opened_on
    due_on = row["due_on"]
    if due_on is not None:
        item["due_on"] = due_on
    if row["closed_on"] is not None:
        item["closed_on"] = row["closed_on"]
    if row["outcome"] is not None:
        item["outcome"] = row["outcome"]
    item["age_days"] = (today - opened_on).days
    item["overdue"] = row["closed_on"] is None and due_on is not None and due_on < today
    item["item"] = "followup"
    return item


@app.get("/api/followups")
async def followups(request: Request):
    header = request.headers.get("authorization", "")
    scheme, _, secret = header.partition(" ")
    secret = secret.strip()
    if scheme.lower() != "bearer" or not secret:
        return Response(UNAUTHORIZED, status_code=401, media_type="application/json")
    async with app.state.pool.acquire() as connection:
        if await connection.fetchrow(TOKEN_SQL, secret) is None:
            return Response(UNAUTHORIZED, status_code=401, media_type="application/json")
        rows = await connection.fetch(FOLLOWUPS_SQL)
    today = datetime.date.today()  # the local date, as engage's Day.today()
    return Response(orjson.dumps([awaiting(row, today) for row in rows]), media_type="application/json")
