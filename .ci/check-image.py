#!/usr/bin/env python3
"""Checks the configuration of the Prepstack image in a docker-archive tarball (Jib's jib:buildTar):
a non-root numeric user, a `java` entrypoint with the JVM flags, port 8080, the environment
defaults, a /var/lib/prepstack volume the user can write, and a `java` on the image's PATH.

    check-image.py target/jib-image.tar

Exits 1 and names every failed check.
"""
import json
import posixpath
import sys
import tarfile

from checklist import Checklist


def load(archive):
    manifest = json.load(archive.extractfile("manifest.json"))[0]
    config = json.load(archive.extractfile(manifest["Config"]))
    return manifest, config


def layer_entries(archive, manifest):
    """Every path of every layer, the upper layers last, as {path: TarInfo}."""
    entries = {}
    for layer in manifest["Layers"]:
        with tarfile.open(fileobj=archive.extractfile(layer), mode="r:*") as inner:
            for info in inner:
                entries[posixpath.normpath("/" + info.name.lstrip("./"))] = info
    return entries


def main(path):
    check = Checklist()

    with tarfile.open(path) as archive:
        manifest, config = load(archive)
        entries = layer_entries(archive, manifest)
    c = config.get("config", {})
    env = dict(e.split("=", 1) for e in c.get("Env") or [])
    user = c.get("User") or ""
    uid = user.split(":", 1)[0]
    entrypoint = c.get("Entrypoint") or []

    print(f"{path}: user {user!r}, entrypoint {entrypoint}, ports {sorted(c.get('ExposedPorts') or {})}")
    check(config.get("os") == "linux", "a linux image")
    check(uid.isdigit() and int(uid) != 0, "runs as a numeric non-root user (Kubernetes runAsNonRoot can verify it)")
    check(entrypoint[:1] == ["java"], "the entrypoint starts java")
    check(any(a.startswith("-XX:MaxRAMPercentage=") for a in entrypoint), "the heap follows the container's memory limit")
    check("dev.prepstack.PrepstackApplication" in entrypoint, "the entrypoint names the main class")
    check("8080/tcp" in (c.get("ExposedPorts") or {}), "exposes 8080/tcp")
    check(env.get("PREPSTACK_DATA_DIR") == "/var/lib/prepstack", "PREPSTACK_DATA_DIR=/var/lib/prepstack by default")
    check(env.get("LOGGING_STRUCTURED_FORMAT_CONSOLE") == "ecs", "JSON (ECS) logs by default")
    check("/var/lib/prepstack" in (c.get("Volumes") or {}), "/var/lib/prepstack is a volume")
    data = entries.get("/var/lib/prepstack")
    check(data is not None and data.isdir() and (data.mode & 0o002 or data.uid == int(uid or 0)),
          "/var/lib/prepstack is a folder the user can write")
    check("/app/jib-classpath-file" in entries and any(p.startswith("/app/libs/") for p in entries),
          "the application and its libraries are in /app")
    path_dirs = env.get("PATH", "/usr/local/bin:/usr/bin:/bin").split(":")
    java = [d + "/java" for d in path_dirs if d + "/java" in entries]
    check(bool(java), "a java on the image's PATH" + (f" ({java[0]})" if java else ""))
    tmp = entries.get("/tmp")
    check(tmp is not None and tmp.mode & 0o1777 == 0o1777, "/tmp is writable by everyone (sticky)")

    return check.summary("image config")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
