#!/usr/bin/env python3
"""Packs a root file system tarball as a one-layer image in the `docker save` format
(docker-archive): manifest.json, an image configuration and the layer, the format Jib reads from a
`tar://` base image and `podman load` or `docker load` accept.

    docker-archive.py ROOTFS.tar OUT.tar --tag NAME:TAG [--env K=V ...] [--user U] [--workdir DIR]

The layer is stored uncompressed (as `docker save` does); its diff id is the SHA-256 of those bytes.
"""
import argparse
import hashlib
import io
import json
import os
import tarfile
import time


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def add_bytes(archive, name, data, mtime):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = mtime
    info.mode = 0o644
    archive.addfile(info, io.BytesIO(data))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("rootfs")
    parser.add_argument("output")
    parser.add_argument("--tag", required=True)
    parser.add_argument("--env", action="append", default=[])
    parser.add_argument("--user", default="")
    parser.add_argument("--workdir", default="/")
    parser.add_argument("--architecture", default="amd64")
    args = parser.parse_args()

    with tarfile.open(args.rootfs) as rootfs:  # fails early on a file that is no tarball
        if rootfs.next() is None:
            raise SystemExit(f"{args.rootfs} is empty")

    diff_id = "sha256:" + sha256_of(args.rootfs)
    # A fixed date keeps the configuration, and so the image id, the same for the same layer.
    created = "1970-01-01T00:00:00Z"
    config = {
        "architecture": args.architecture,
        "os": "linux",
        "created": created,
        "config": {
            "Env": args.env,
            "User": args.user,
            "WorkingDir": args.workdir,
        },
        "rootfs": {"type": "layers", "diff_ids": [diff_id]},
        "history": [{"created": created, "created_by": "mmdebstrap --variant=minbase + jlink (.ci/base-image)"}],
    }
    config_bytes = json.dumps(config, indent=2, sort_keys=True).encode()
    config_name = hashlib.sha256(config_bytes).hexdigest() + ".json"
    layer_name = diff_id.split(":", 1)[1] + "/layer.tar"
    manifest = [{"Config": config_name, "RepoTags": [args.tag], "Layers": [layer_name]}]

    partial = args.output + ".part"
    mtime = int(time.time())
    with tarfile.open(partial, "w", format=tarfile.PAX_FORMAT) as archive:
        add_bytes(archive, config_name, config_bytes, mtime)
        archive.add(args.rootfs, arcname=layer_name)
        add_bytes(archive, "manifest.json", json.dumps(manifest).encode(), mtime)
    os.replace(partial, args.output)
    print(f"{args.output}: {args.tag}, layer {diff_id}")


if __name__ == "__main__":
    main()
