#!/usr/bin/env python3
"""Checks the deployment examples under deploy/: every YAML file parses, and the pieces fit
together (compose: PostgreSQL, Redis, two nodes with the postgres,redis profiles behind nginx;
Kubernetes: the Deployment's probes on the Actuator endpoints, a non-root pod with a read-only root
file system and emptyDirs on /tmp and /var/lib/prepstack, and a Service, PodDisruptionBudget and
HorizontalPodAutoscaler that select or target it, ConfigMap and Secret references that exist).

    check-deploy.py [deploy]
"""
import pathlib
import re
import sys

import yaml

from checklist import Checklist

check = Checklist()


def documents(path):
    with open(path) as f:
        return [d for d in yaml.safe_load_all(f) if d is not None]


def check_compose(root):
    compose = documents(root / "compose.yaml")[0]
    services = compose["services"]
    nodes = {name: s for name, s in services.items() if "SPRING_PROFILES_ACTIVE" in (s.get("environment") or {})}
    print(f"compose.yaml: services {sorted(services)}")
    check("postgres" in services and "redis" in services, "compose: PostgreSQL and Redis")
    check(len(nodes) >= 2, "compose: two or more Prepstack nodes")
    for name, node in nodes.items():
        env = node["environment"]
        profiles = set(env["SPRING_PROFILES_ACTIVE"].split(","))
        check({"postgres", "redis"} <= profiles, f"compose: {name} runs with the profiles postgres,redis")
        check("//postgres:5432/" in env.get("SPRING_DATASOURCE_URL", ""), f"compose: {name} uses the postgres service")
        check(env.get("SPRING_DATA_REDIS_HOST") == "redis", f"compose: {name} uses the redis service")
        check(node.get("read_only") is True and any(t.startswith("/tmp") for t in node.get("tmpfs", [])),
              f"compose: {name} has a read-only root and a tmpfs /tmp")
        check("readiness" in " ".join(node.get("healthcheck", {}).get("test", [])),
              f"compose: {name}'s health check asks the readiness probe")
    nginx = (root / "nginx.conf").read_text()
    upstream = set(re.findall(r"^\s*server\s+([\w.-]+):8080", nginx, re.M))
    check(upstream == set(nodes), f"nginx: the upstream lists every node ({sorted(upstream)})")
    check(re.search(r"location /actuator/ \{\s*return 404;", nginx) is not None, "nginx: /actuator/ is not public")


def check_k8s(root):
    kustomization = documents(root / "k8s" / "kustomization.yaml")[0]
    resources = [d for r in kustomization["resources"] for d in documents(root / "k8s" / r)]
    by_kind = {}
    for d in resources:
        by_kind.setdefault(d["kind"], []).append(d)
    print(f"k8s: {', '.join(f'{k} {len(v)}' for k, v in sorted(by_kind.items()))}")
    for kind in ("Deployment", "Service", "PodDisruptionBudget", "HorizontalPodAutoscaler", "ConfigMap", "Secret"):
        check(kind in by_kind, f"k8s: a {kind}")
    deployment = by_kind["Deployment"][0]
    pod = deployment["spec"]["template"]
    labels = pod["metadata"]["labels"]
    check(deployment["spec"]["selector"]["matchLabels"].items() <= labels.items(), "k8s: the Deployment selects its pods")
    spec = pod["spec"]
    container = spec["containers"][0]
    ports = {p.get("name"): p["containerPort"] for p in container["ports"]}

    def probe_path(name):
        return ((container.get(name) or {}).get("httpGet") or {}).get("path")

    check(probe_path("livenessProbe") == "/actuator/health/liveness", "k8s: liveness on /actuator/health/liveness")
    check(probe_path("readinessProbe") == "/actuator/health/readiness", "k8s: readiness on /actuator/health/readiness")
    check(ports.get("http") == 8080, "k8s: the container port 8080 is named http")
    security = spec.get("securityContext", {})
    check(security.get("runAsNonRoot") is True and security.get("runAsUser", 0) != 0, "k8s: the pod runs as non-root")
    csec = container.get("securityContext", {})
    check(csec.get("readOnlyRootFilesystem") is True, "k8s: read-only root file system")
    check(csec.get("allowPrivilegeEscalation") is False and "ALL" in csec.get("capabilities", {}).get("drop", []),
          "k8s: no privilege escalation, no capabilities")
    empty_dirs = {v["name"] for v in spec.get("volumes", []) if "emptyDir" in v}
    mounts = {m["mountPath"]: m["name"] for m in container.get("volumeMounts", [])}
    for path in ("/tmp", "/var/lib/prepstack"):
        check(mounts.get(path) in empty_dirs, f"k8s: an emptyDir on {path}")
    names = {kind: {d["metadata"]["name"] for d in by_kind.get(kind, [])} for kind in ("ConfigMap", "Secret")}
    for source in container.get("envFrom", []):
        if "configMapRef" in source:
            check(source["configMapRef"]["name"] in names["ConfigMap"], f"k8s: ConfigMap {source['configMapRef']['name']} exists")
        if "secretRef" in source:
            check(source["secretRef"]["name"] in names["Secret"], f"k8s: Secret {source['secretRef']['name']} exists")
    check(container.get("resources", {}).get("limits", {}).get("memory") is not None, "k8s: a memory limit (the heap follows it)")
    service = by_kind["Service"][0]
    check(service["spec"]["selector"].items() <= labels.items(), "k8s: the Service selects the pods")
    check(all(p["targetPort"] in ports or p["targetPort"] in ports.values() for p in service["spec"]["ports"]),
          "k8s: the Service targets the container port")
    pdb = by_kind["PodDisruptionBudget"][0]
    check(pdb["spec"]["selector"]["matchLabels"].items() <= labels.items(), "k8s: the PodDisruptionBudget selects the pods")
    hpa = by_kind["HorizontalPodAutoscaler"][0]["spec"]
    check(hpa["scaleTargetRef"]["kind"] == "Deployment" and hpa["scaleTargetRef"]["name"] == deployment["metadata"]["name"],
          "k8s: the HorizontalPodAutoscaler scales the Deployment")
    check(hpa["minReplicas"] >= 2 and pdb["spec"].get("minAvailable", 0) < hpa["minReplicas"],
          "k8s: at least two replicas, and a drain can always evict one")
    check("replicas" not in deployment["spec"], "k8s: the replica count is left to the autoscaler")


def main(root):
    root = pathlib.Path(root)
    for path in sorted(list(root.rglob("*.yaml")) + list(root.rglob("*.yml"))):
        try:
            documents(path)
            check(True, f"{path} parses")
        except yaml.YAMLError as e:
            check(False, f"{path} parses: {e}")
    check_compose(root)
    check_k8s(root)
    return check.summary("deployment examples")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "deploy"))
