"""The dashboard: a Starlette app over the store, server-rendered with the report's templates.

It holds a map of the user's worst exposures, so it is secured like one:

* every page but ``/login`` and ``/static/*`` needs a logged-in session, else 303 to login;
* sessions are signed cookies (a per-store random key), ``HttpOnly``, ``SameSite=Strict``,
  ``Secure`` unless told otherwise, eight hours at most; a login starts a new session;
* every form carries the session's CSRF token; a POST without it (or with another) is 403;
* every action (login, failed login, logout, case opened or moved) goes to the audit log;
* responses forbid framing, sniffing, caching and referrers; the CSP allows no network but
  this origin, and no inline script (htmx is served from the package, no CDN).

Pages read the store only through indexed queries (see ``bench/watch``).
"""

from __future__ import annotations

import hmac
import json
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from datetime import UTC, datetime
from importlib import resources
from typing import Any

from jinja2 import ChoiceLoader, Environment, FunctionLoader, StrictUndefined, select_autoescape
from markupsafe import Markup
from sqlalchemy import case, func, select
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from ajar.errors import StoreError
from ajar.models import Severity, where
from ajar.store import CASE_STATES, MANUAL_CASE_STATES, Store
from ajar.store import schema as t
from ajar.web.auth import check_password

SESSION_SECONDS = 8 * 3600
PUBLIC = ("/login", "/static/")
CSP = ("default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src data:; connect-src 'self'; "
       "form-action 'self'; base-uri 'none'")
#: The header also forbids framing (``frame-ancestors`` is ignored in a ``<meta>`` tag).
CSP_HEADER = CSP + "; frame-ancestors 'none'"
SEVERITIES = [s.value for s in sorted(Severity, key=lambda s: -s.rank)]
_RANK = case({s.value: s.rank for s in Severity}, value=t.Exposure.severity, else_=0)
PAGE = 100


def _asset(name: str) -> str:
    return resources.files("ajar.web").joinpath("templates", name).read_text(encoding="utf-8")


def environment() -> Environment:
    """The dashboard's templates first, then the report's (``base.html.j2``, ``_macros.html.j2``)."""
    from ajar.report.htmlfmt import environment as report_env

    rep = report_env()
    env = Environment(
        loader=ChoiceLoader([FunctionLoader(lambda n: _asset(n) if n.startswith("dash") else None),
                             rep.loader]),  # type: ignore[list-item]
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
    )  # fmt: skip
    env.globals.update(rep.globals)
    env.globals.update(severities=SEVERITIES, sparkline=sparkline, sev_badge=sev_badge, case_states=CASE_STATES,
                       manual_states=MANUAL_CASE_STATES, fmt_dt=_fmt_dt, loads=json.loads,
                       where=where)  # host:port, or a local path alone
    return env


def _fmt_dt(d: datetime | None) -> str:
    return "" if d is None else d.strftime("%Y-%m-%d %H:%M")


def sev_badge(sev: str) -> Markup:
    """A severity as a coloured badge (the report's CSS classes)."""
    return Markup('<span class="sev sev-{0}">{0}</span>').format(sev)


def sparkline(points: list[tuple[str, float]], width: int = 240, height: int = 36) -> Markup:
    """An inline SVG polyline of (label, value) points (records per day); no script."""
    if len(points) < 2:
        return Markup('<span class="muted">not enough runs yet</span>')
    vals = [v for _, v in points]
    lo, hi = min(vals), max(vals)
    span = (hi - lo) or 1.0
    step = width / (len(points) - 1)
    coords = " ".join(f"{i * step:.1f},{height - 2 - (v - lo) / span * (height - 4):.1f}"
                      for i, (_, v) in enumerate(points))
    return Markup('<svg class="spark" width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="img" '
                  'aria-label="records per day"><polyline fill="none" stroke="#1d1d1f" stroke-width="1.5" '
                  'points="{c}"/></svg>').format(w=width, h=height, c=coords)


class Guard:
    """Login and CSRF checks, and the security headers, around every request."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def headers(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                h = list(message.get("headers", []))
                h += [(b"content-security-policy", CSP_HEADER.encode()), (b"x-frame-options", b"DENY"),
                      (b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer"),
                      (b"cache-control", b"no-store")]
                message["headers"] = h
            await send(message)

        await self.app(scope, receive, headers)


def _csrf(request: Request) -> str:
    tok = request.session.get("csrf")
    if not isinstance(tok, str):
        tok = secrets.token_urlsafe(32)
        request.session["csrf"] = tok
    return tok


Handler = Callable[[Request], Awaitable[Response]]


def create_app(store: Store, *, secure_cookies: bool = True) -> Starlette:
    """The dashboard over ``store``."""
    env = environment()
    from ajar.report.htmlfmt import asset as report_asset

    css = Markup(report_asset("report.css") + _asset("dash.css"))

    def render(request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        page = env.get_template(name).render(css=css, csp=CSP, user=request.session.get("user"),
                                             csrf=_csrf(request), path=request.url.path, **ctx)
        return HTMLResponse(page, status_code=status)

    def protect(fn: Handler) -> Handler:
        async def wrapped(request: Request) -> Response:
            user = request.session.get("user")
            if not user or request.session.get("exp", 0) < datetime.now(UTC).timestamp():
                request.session.clear()
                return RedirectResponse("/login", status_code=303)
            if request.method == "POST":
                form = await request.form()
                sent = str(form.get("csrf") or request.headers.get("x-csrf-token") or "")
                if not hmac.compare_digest(sent, str(request.session.get("csrf", ""))) or not sent:
                    store.log(str(user), "csrf.refused", request.url.path)
                    return PlainTextResponse("refused: this form has no valid CSRF token; reload the page",
                                             status_code=403)
            return await fn(request)

        return wrapped

    async def login(request: Request) -> Response:
        if request.method == "GET":
            return render(request, "dash_login.html.j2", error="")
        form = await request.form()
        sent = str(form.get("csrf") or "")
        if not sent or not hmac.compare_digest(sent, str(request.session.get("csrf", ""))):
            return PlainTextResponse("refused: this form has no valid CSRF token; reload the page", status_code=403)
        name, password = str(form.get("name", ""))[:64], str(form.get("password", ""))[:1024]
        if not check_password(store, name, password):
            store.log(name or "-", "login.failed", request.client.host if request.client else "")
            return render(request, "dash_login.html.j2", status=401, error="wrong name or password")
        request.session.clear()  # a new session at login
        request.session.update(user=name, exp=datetime.now(UTC).timestamp() + SESSION_SECONDS,
                               csrf=secrets.token_urlsafe(32))
        store.log(name, "login", request.client.host if request.client else "")
        return RedirectResponse("/", status_code=303)

    async def logout(request: Request) -> Response:
        store.log(str(request.session.get("user")), "logout")
        request.session.clear()
        return RedirectResponse("/login", status_code=303)

    async def overview(request: Request) -> Response:
        with store.read() as s:
            last = s.scalars(select(t.Run).options(_no_report()).order_by(t.Run.id.desc()).limit(1)).first()
            by_sev = dict(s.execute(select(t.Exposure.severity, func.count())
                                    .where(t.Exposure.open.is_(True), t.Exposure.kind == "service")
                                    .group_by(t.Exposure.severity)).all())
            changes: list[Any] = []
            people = 0
            if last is not None:
                changes = list(s.execute(
                    select(t.Event, t.Exposure).join(t.Exposure, t.Event.exposure_id == t.Exposure.id)
                    .where(t.Event.run_id == last.id, t.Event.kind.in_(("new", "reopened")),
                           t.Exposure.kind == "service").limit(50)))
                people = int(s.scalar(select(func.coalesce(func.sum(t.Observation.people), 0)).join(
                    t.Exposure, t.Observation.exposure_id == t.Exposure.id).where(
                    t.Observation.run_id == last.id, t.Observation.present.is_(True),
                    t.Exposure.kind == "service")) or 0)
            worst = list(s.scalars(select(t.Exposure).where(t.Exposure.open.is_(True), t.Exposure.kind == "service")
                                   .order_by(_RANK.desc(), t.Exposure.id).limit(25)))
        return render(request, "dash_overview.html.j2", last=last, by_sev=by_sev, changes=changes, people=people,
                      worst=worst, coverage=json.loads(last.coverage) if last else {})

    async def exposures(request: Request) -> Response:
        sev = request.query_params.get("severity", "")
        show = request.query_params.get("state", "open")
        try:
            page = max(int(request.query_params.get("page", "0")), 0)
        except ValueError:
            page = 0
        q = select(t.Exposure).where(t.Exposure.kind == "service")
        if sev in SEVERITIES:
            q = q.where(t.Exposure.severity == sev)
        if show != "all":
            q = q.where(t.Exposure.open.is_(show == "open"))
        with store.read() as s:
            rows = list(s.scalars(q.order_by(_RANK.desc(), t.Exposure.id).offset(page * PAGE).limit(PAGE + 1)))
        partial = request.headers.get("hx-request") == "true"
        return render(request, "dash_exposures_rows.html.j2" if partial else "dash_exposures.html.j2",
                      rows=rows[:PAGE], more=len(rows) > PAGE, page=page, sev=sev, show=show)

    async def exposure(request: Request) -> Response:
        xid = int(request.path_params["xid"])
        with store.read() as s:
            x = s.get(t.Exposure, xid)
            if x is None:
                return render(request, "dash_missing.html.j2", status=404, what=f"exposure {xid}")
            obs = list(s.execute(select(t.Observation, t.Run.finished).join(t.Run, t.Observation.run_id == t.Run.id)
                                 .where(t.Observation.exposure_id == xid)
                                 .order_by(t.Observation.run_id.desc()).limit(200)))
            events = list(s.scalars(select(t.Event).where(t.Event.exposure_id == xid).order_by(t.Event.id.desc())
                                    .limit(200)))
            datasets = list(s.scalars(select(t.Exposure).where(t.Exposure.parent_id == xid)
                                      .order_by(t.Exposure.id).limit(200)))
            ds_ids = [d.id for d in datasets]
            rate_rows = list(s.execute(
                select(t.Run.finished, t.Observation.exposure_id, t.Observation.records_per_day)
                .join(t.Run, t.Observation.run_id == t.Run.id)
                .where(t.Observation.exposure_id.in_(ds_ids), t.Observation.present.is_(True),
                       t.Observation.records_per_day.is_not(None))
                .order_by(t.Observation.run_id.desc()).limit(2000))) if ds_ids else []
            run_ids = sorted({e.run_id for e in events})
            notes = list(s.scalars(select(t.Outbox).where(t.Outbox.run_id.in_(run_ids)).order_by(t.Outbox.id)
                                   .limit(200))) if run_ids else []
            notes = [n for n in notes if f'"exposure": {xid},' in n.body]
            cases = list(s.scalars(select(t.Case).where(t.Case.exposure_id == xid).order_by(t.Case.id)))
        latest: dict[tuple[str, int], float] = {}  # per day and dataset, the day's last rate
        for finished, ds_id, rate in rate_rows:  # newest first
            latest.setdefault((finished.strftime("%Y-%m-%d"), ds_id), float(rate or 0.0))
        per_day: dict[str, float] = {}
        for (day, _), rate in latest.items():
            per_day[day] = per_day.get(day, 0.0) + rate
        points = sorted(per_day.items())
        return render(request, "dash_exposure.html.j2", x=x, obs=obs, events=events, datasets=datasets,
                      points=points, notes=notes, cases=cases)

    async def open_case(request: Request) -> Response:
        xid = int(request.path_params["xid"])
        user = str(request.session["user"])
        try:
            cid = store.open_case(xid, user)
        except StoreError as e:
            return PlainTextResponse(str(e), status_code=400)
        return RedirectResponse(f"/cases#case-{cid}", status_code=303)

    async def cases(request: Request) -> Response:
        with store.read() as s:
            rows = list(s.execute(select(t.Case, t.Exposure).join(t.Exposure, t.Case.exposure_id == t.Exposure.id)
                                  .order_by(t.Case.updated.desc()).limit(500)))
            steps: dict[int, list[t.CaseStep]] = {}
            ids = [c.id for c, _ in rows]
            if ids:
                for st in s.scalars(select(t.CaseStep).where(t.CaseStep.case_id.in_(ids)).order_by(t.CaseStep.id)):
                    steps.setdefault(st.case_id, []).append(st)
        board = {state: [(c, x) for c, x in rows if c.state == state] for state in CASE_STATES}
        return render(request, "dash_cases.html.j2", board=board, steps=steps)

    async def move_case(request: Request) -> Response:
        cid = int(request.path_params["cid"])
        form = await request.form()
        to = str(form.get("to", ""))
        try:
            store.move_case(cid, to, str(request.session["user"]), str(form.get("note", ""))[:500])
        except StoreError as e:
            return PlainTextResponse(str(e), status_code=400)
        if request.headers.get("hx-request") == "true":
            return Response(status_code=204, headers={"HX-Redirect": "/cases"})
        return RedirectResponse("/cases", status_code=303)

    async def runs(request: Request) -> Response:
        with store.read() as s:
            rows = list(s.scalars(select(t.Run).options(_no_report()).order_by(t.Run.id.desc()).limit(200)))
        return render(request, "dash_runs.html.j2", runs=rows)

    async def run(request: Request) -> Response:
        rid = int(request.path_params["rid"])
        with store.read() as s:
            r = s.scalars(select(t.Run).options(_no_report()).where(t.Run.id == rid)).first()
            if r is None:
                return render(request, "dash_missing.html.j2", status=404, what=f"run {rid}")
            events = list(s.execute(select(t.Event, t.Exposure).join(t.Exposure, t.Event.exposure_id == t.Exposure.id)
                                    .where(t.Event.run_id == rid).order_by(t.Event.id).limit(1000)))
        return render(request, "dash_run.html.j2", run=r, events=events, coverage=json.loads(r.coverage),
                      scope=json.loads(r.scope))

    async def audit(request: Request) -> Response:
        with store.read() as s:
            rows = list(s.scalars(select(t.Audit).order_by(t.Audit.id.desc()).limit(300)))
        return render(request, "dash_audit.html.j2", rows=rows)

    async def static(request: Request) -> Response:
        name = request.path_params["name"]
        if name != "htmx.min.js":
            return PlainTextResponse("not found", status_code=404)
        body = resources.files("ajar.web").joinpath("static", name).read_bytes()
        return Response(body, media_type="text/javascript")

    routes = [
        Route("/login", login, methods=["GET", "POST"]),
        Route("/logout", protect(logout), methods=["POST"]),
        Route("/", protect(overview)),
        Route("/exposures", protect(exposures)),
        Route("/exposures/{xid:int}", protect(exposure)),
        Route("/exposures/{xid:int}/case", protect(open_case), methods=["POST"]),
        Route("/cases", protect(cases)),
        Route("/cases/{cid:int}/move", protect(move_case), methods=["POST"]),
        Route("/runs", protect(runs)),
        Route("/runs/{rid:int}", protect(run)),
        Route("/audit", protect(audit)),
        Route("/static/{name}", static),
    ]
    key = _session_key(store)
    return Starlette(routes=routes, middleware=[
        Middleware(Guard),
        Middleware(SessionMiddleware, secret_key=key, session_cookie="ajar_session", max_age=SESSION_SECONDS,
                   same_site="strict", https_only=secure_cookies),
    ])  # fmt: skip


def _no_report() -> Any:
    from sqlalchemy.orm import defer

    return defer(t.Run.report)


def _session_key(store: Store) -> str:
    """The store's random session-signing key, made on first use."""
    with store.write() as s:
        row = s.get(t.Meta, "session_key")
        if row is None:
            row = t.Meta(key="session_key", value=secrets.token_urlsafe(48))
            s.add(row)
        return row.value
