#!/usr/bin/env python3
"""A repeatable attack pass against a running Prepstack: tries again each finding of the security
review of issue 18 (Host poisoning, revoked roles, anonymous sessions, sessions after a password
change, lockout by others, invisible text, malformed encodings, long passwords, enumeration timing,
headers, look-alike names, file modes, /error and the management port) and prints one line per
attempt with what the application answered. Not part of the test command: the test suites hold the
same rules one by one; this is the outside view, run by hand.

    bench/attack-pass.sh            # builds the jar, starts it on a fresh data folder, runs this
    bench/attack-pass.py URL DATA_DIR ADMIN_EMAIL ADMIN_PASSWORD   # against a running node

Only the Python standard library is used.
"""
import http.client
import http.cookiejar
import json
import os
import re
import stat
import statistics
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

BASE, DATA, ADMIN_EMAIL, ADMIN_PASSWORD = sys.argv[1:5]
HOST, PORT = urllib.parse.urlsplit(BASE).hostname, urllib.parse.urlsplit(BASE).port
PASSWORD = "an-unusual-attack-pass-phrase-19"
results = []


def record(item, ok, what):
    results.append((item, ok, what))
    print(f"{'held  ' if ok else 'FAILED'} [{item}] {what}", flush=True)


def raw(method, path, body=None, headers=None):
    """One request with full control over the headers (Host included); returns status, headers, body."""
    conn = http.client.HTTPConnection(HOST, PORT, timeout=60)
    conn.request(method, path, body=body, headers=headers or {})
    r = conn.getresponse()
    data = r.read()
    conn.close()
    return r.status, {k.lower(): v for k, v in r.getheaders()}, data.decode("utf-8", "replace")


def api(method, path, token=None, payload=None, headers=None):
    h = {"Accept": "application/json"}
    if payload is not None:
        h["Content-Type"] = "application/json"
    if token:
        h["Authorization"] = "Bearer " + token
    h.update(headers or {})
    body = None if payload is None else json.dumps(payload).encode()
    return raw(method, path, body, h)


def account(name="Attack Pass"):
    email = f"attack-{uuid.uuid4().hex[:8]}@example.test"
    # Each sign-up from its own client address, so the pass is not stopped by the sign-up limit per IP.
    client = f"198.19.{uuid.uuid4().int % 250}.{uuid.uuid4().int % 250 + 1}"
    s, _, b = api("POST", "/api/v1/accounts", payload={"email": email, "displayName": name, "password": PASSWORD},
                  headers={"X-Forwarded-For": client})
    assert s == 201, b
    return email, json.loads(b)["id"]


def token(email, password, headers=None):
    s, _, b = api("POST", "/api/v1/auth/tokens", payload={"email": email, "password": password, "name": "pass"},
                  headers=headers)
    return json.loads(b)["token"] if s == 201 else None


class Browser:
    """A cookie-keeping page client that signs in through the form like a person."""

    def __init__(self):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar),
                                                  NoRedirect())

    def get(self, path):
        try:
            r = self.opener.open(BASE + path, timeout=60)
            return r.status, r.read().decode("utf-8", "replace"), dict(r.headers)
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode("utf-8", "replace"), dict(e.headers)

    def post(self, path, fields):
        data = urllib.parse.urlencode(fields).encode()
        try:
            r = self.opener.open(urllib.request.Request(BASE + path, data=data), timeout=60)
            return r.status, r.read().decode("utf-8", "replace"), dict(r.headers)
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode("utf-8", "replace"), dict(e.headers)

    def csrf(self, path):
        _, body, _ = self.get(path)
        m = re.search(r'name="_csrf"\s+value="([^"]+)"', body) or re.search(r'value="([^"]+)"\s+name="_csrf"', body)
        return m.group(1) if m else ""

    def sign_in(self, email, password, remember=False):
        fields = {"email": email, "password": password, "_csrf": self.csrf("/login")}
        if remember:
            fields["remember-me"] = "on"
        return self.post("/login", fields)

    def cookie_names(self):
        return {c.name for c in self.jar}


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def main():
    admin = token(ADMIN_EMAIL, ADMIN_PASSWORD)
    assert admin, "the administrator cannot sign in"

    # 1. Host and forwarded-host poisoning.
    s, _, _ = api("POST", "/api/v1/auth/password-resets", payload={"email": ADMIN_EMAIL},
                  headers={"Host": "evil.example"})
    record(1, s == 400, f"password reset with Host: evil.example answered {s}")
    s, _, b = api("GET", "/v3/api-docs", headers={"X-Forwarded-Host": "evil.example"})
    record(1, "evil.example" not in b, f"OpenAPI with X-Forwarded-Host: evil.example answered {s}, "
                                        f"servers {'name' if 'evil.example' in b else 'do not name'} it")

    # 2. A revoked administrator's open session.
    email, uid = account()
    api("PUT", f"/api/v1/admin/users/{uid}/roles", admin, {"roles": ["CANDIDATE", "ADMIN"]})
    browser = Browser()
    browser.sign_in(email, PASSWORD)
    before, _, _ = browser.get("/admin")
    api("PUT", f"/api/v1/admin/users/{uid}/roles", admin, {"roles": ["CANDIDATE"]})
    after, _, _ = browser.get("/admin")
    record(2, before == 200 and after in (302, 403, 404),
           f"/admin in the open session: {before} while ADMIN, {after} after it was removed")

    # 3. Anonymous visits create no server session.
    guest = Browser()
    for path in ("/", "/questions/cap-theorem", "/login", "/search?q=cache"):
        guest.get(path)
    names = guest.cookie_names()
    record(3, not ({"JSESSIONID", "SESSION"} & names), f"cookies after four anonymous pages: {sorted(names)}")

    # 4. A password change ends the other sessions and the tokens.
    email, uid = account()
    other, mine = Browser(), Browser()
    other.sign_in(email, PASSWORD)
    old_token = token(email, PASSWORD)
    mine.sign_in(email, PASSWORD)
    new_password = PASSWORD + "-changed"
    mine.post("/settings/password", {"currentPassword": PASSWORD, "newPassword": new_password,
                                     "signOutOthers": "on", "_csrf": mine.csrf("/settings")})
    s_other, _, _ = other.get("/settings")
    s_token, _, _ = api("GET", "/api/v1/me", old_token)
    record(4, s_other in (302, 401) and s_token == 401,
           f"after a change with 'sign out elsewhere': other session {s_other}, old token {s_token}")
    s, _, _ = api("DELETE", "/api/v1/me", token(email, new_password))
    record(4, s == 400, f"DELETE /api/v1/me with a token and no password answered {s}")

    # 7. Someone else cannot lock the owner out.
    email, _ = account()
    for _ in range(40):
        token(email, "wrong-" + uuid.uuid4().hex, headers={"X-Forwarded-For": "203.0.113.9"})
    owner = token(email, PASSWORD, headers={"X-Forwarded-For": "198.51.100.7"})
    record(7, owner is not None, f"owner's sign-in after 40 failures from another client: "
                                 f"{'succeeded' if owner else 'refused'}")

    # 8. Invisible text.
    someone = token(*account()[:1], PASSWORD)
    for label, text in (("zero-width space", "\u200b"), ("U+202E", "\u202e"), ("NUL", "\u0000")):
        q = urllib.parse.quote(text)
        s1, _, _ = api("GET", f"/api/v1/search?q={q}")
        s2, _, _ = raw("GET", f"/search?q={q}", headers={"Accept": "text/html"})
        s3, _, _ = api("POST", "/api/v1/feedback", someone, {"questionSlug": "cap-theorem", "answer": text * 3})
        record(8, max(s1, s2, s3) < 500, f"{label}: API search {s1}, page search {s2}, feedback {s3}")

    # 9. Malformed percent-encoding.
    s, h, _ = raw("GET", "/api/v1/questions?q=%ff%fe", headers={"Accept": "application/json"})
    record(9, s == 400 and "problem+json" in h.get("content-type", ""),
           f"?q=%ff%fe answered {s} {h.get('content-type')}")

    # 10. Long and blank passwords.
    for label, pw in (("100-byte", "p" * 100), ("whitespace-only", " " * 20)):
        s, _, _ = api("POST", "/api/v1/accounts", payload={
            "email": f"pw-{uuid.uuid4().hex[:8]}@example.test", "displayName": "Pw", "password": pw})
        record(10, s in (201, 400), f"{label} password at sign-up answered {s}")

    # 11. Reset timing for known and unknown addresses: each address asked once, each from its own
    # client (X-Forwarded-For), so both series create fresh rate-limit buckets and get 202, and
    # interleaved, so a busy machine slows both alike.
    def timed(address, n):
        t = time.perf_counter()
        s, _, _ = api("POST", "/api/v1/auth/password-resets", payload={"email": address},
                      headers={"X-Forwarded-For": f"198.18.{n // 250}.{n % 250 + 1}"})
        return (time.perf_counter() - t) * 1000, s

    known_addresses = [account()[0] for _ in range(30)]
    known, unknown, statuses = [], [], set()
    for i, address in enumerate(known_addresses):
        k, s1 = timed(address, 2 * i)
        u, s2 = timed(f"nobody-{uuid.uuid4().hex[:6]}@example.test", 2 * i + 1)
        known.append(k)
        unknown.append(u)
        statuses |= {s1, s2}
    mk, mu = statistics.median(known), statistics.median(unknown)
    record(11, statuses == {202} and abs(mk - mu) < max(10, 0.25 * max(mk, mu)),
           f"reset request median {mk:.1f} ms for a known address, {mu:.1f} ms unknown (statuses {sorted(statuses)})")

    # 12. Headers and the remember-me cookie.
    _, h, _ = raw("GET", "/")
    record(12, "microphone=(self)" in h.get("permissions-policy", ""),
           f"Permissions-Policy: {h.get('permissions-policy')}")
    email, _ = account()
    conn = http.client.HTTPConnection(HOST, PORT, timeout=60)
    b = Browser()
    fields = {"email": email, "password": PASSWORD, "remember-me": "on", "_csrf": b.csrf("/login")}
    cookie = "; ".join(f"{c.name}={c.value}" for c in b.jar)
    conn.request("POST", "/login", urllib.parse.urlencode(fields),
                 {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie})
    r = conn.getresponse()
    remember = [v for k, v in r.getheaders() if k.lower() == "set-cookie" and v.startswith("remember-me=")]
    r.read()
    record(12, bool(remember) and "samesite" in remember[0].lower(),
           f"remember-me cookie: {remember[0].split(';', 1)[1].strip() if remember else 'not set'}")

    # 13. Look-alike names and addresses.
    s1, _, _ = api("POST", "/api/v1/accounts", payload={
        "email": f"la-{uuid.uuid4().hex[:6]}@example.test", "displayName": "Admin\u200bistrator", "password": PASSWORD})
    s2, _, _ = api("POST", "/api/v1/accounts", payload={
        "email": f"\u0430dmin-{uuid.uuid4().hex[:6]}@example.test", "displayName": "Look", "password": PASSWORD})
    record(13, s1 == 400 and s2 == 400, f"zero-width display name {s1}, Cyrillic letter in an email {s2}")

    # 14. File modes of the data folder.
    modes = {}
    for root, _, files in os.walk(DATA):
        for f in files:
            modes[os.path.join(root, f)] = stat.S_IMODE(os.stat(os.path.join(root, f)).st_mode)
    folder = stat.S_IMODE(os.stat(DATA).st_mode)
    loose = [p for p, m in modes.items() if m & 0o077]
    record(14, folder & 0o077 == 0 and not loose,
           f"data folder {oct(folder)}, {len(modes)} files, {len(loose)} readable by others")

    # 15. /error and the management endpoints on the application's port.
    s1, _, _ = raw("GET", "/error", headers={"Accept": "application/json"})
    s2, _, _ = raw("GET", "/actuator/prometheus")
    record(15, s1 < 500 and s2 in (401, 403, 404), f"GET /error {s1}, /actuator/prometheus on the app port {s2}")

    failed = [r for r in results if not r[1]]
    print(f"\n{len(results) - len(failed)} of {len(results)} attempts held")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
