#!/usr/bin/env bash
# Prepares a machine of the project's kind (Debian 12, root, no Docker engine, no container registry reachable)
# to build and run docker-compose.yml: podman + runc + docker-compose 1.29 from Debian, the podman API socket
# that docker-compose talks to, and local base images built without any registry. Idempotent: a second run
# only checks (about 1 s). Recipe and measured pitfalls: issue #6 and the project's containers notes.
#
#   bash docker/setup-podman.sh          # everything
#   FORCE=1 bash docker/setup-podman.sh  # rebuild the local base images
#
# Local images:
#   localhost/debian-base:bookworm   debootstrap --variant=minbase (base of the db and postgres images)
#   localhost/jre-distroless:25      jlink'ed JRE of the host's JDK 25 in an otherwise empty image (scripts image)
set -euo pipefail

JDK25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
SOCKET=/run/podman/podman.sock
FORCE=${FORCE:-0}
log() { printf '[setup-podman] %s\n' "$*" >&2; }
step_start=$(date +%s.%N)
elapsed() { awk -v a="$step_start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }

[ "$(id -u)" = 0 ] || { echo "Erreur : setup-podman.sh doit être lancé en root (apt-get, podman)." >&2; exit 1; }

# --- 1. Packages. Naming runc satisfies podman's "crun | runc" (crun fails in this sandbox).
export DEBIAN_FRONTEND=noninteractive
packages=(podman runc docker-compose debootstrap)
if ! dpkg -s "${packages[@]}" >/dev/null 2>&1; then
  log "installation de ${packages[*]}"
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

# --- 2. Engine configuration: runc, cgroupfs, file events; ulimits the sandbox allows (no CAP_SYS_RESOURCE:
# podman's root default nofile=1048576 is above the hard limit; podman clamps its own nproc to 32768).
nofile=$(ulimit -Hn); [ "$nofile" = unlimited ] || [ "$nofile" -gt 1048576 ] && nofile=1048576
nproc=$(ulimit -Hu); [ "$nproc" = unlimited ] || [ "$nproc" -gt 32768 ] && nproc=32768
write_conf() {
  mkdir -p /etc/containers/registries.conf.d
  cat > /etc/containers/containers.conf.new <<CONF
# Written by ventes-pme docker/setup-podman.sh
[containers]
default_ulimits = [ "nofile=$1:$1", "nproc=$2:$2" ]

[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
CONF
  if ! cmp -s /etc/containers/containers.conf.new /etc/containers/containers.conf 2>/dev/null; then
    mv /etc/containers/containers.conf.new /etc/containers/containers.conf
    return 0
  fi
  rm -f /etc/containers/containers.conf.new
  return 1
}
conf_changed=0
write_conf "$nofile" "$nproc" && conf_changed=1
printf 'short-name-mode = "permissive"\n' > /etc/containers/registries.conf.d/50-ventes-no-prompt.conf
podman info >/dev/null 2>&1 || {
  log "podman info échoue avec overlay : passage au pilote vfs"
  printf '[storage]\ndriver = "vfs"\n' > /etc/containers/storage.conf
  podman info >/dev/null
}

# --- 3. The Docker-compatible API socket for docker-compose (survives this shell: setsid).
start_socket() {
  mkdir -p /run/podman
  # From /, not from the caller's folder: the service outlives this run, and once a throw-away clone it was started
  # in is deleted, every container it creates fails ("conmon: Failed to get working directory").
  (cd / && exec setsid podman system service --time=0 "unix://$SOCKET" >/run/podman/service.log 2>&1 < /dev/null) &
  echo $! > /run/podman/service.pid
  for _ in $(seq 50); do
    curl -fsS --unix-socket "$SOCKET" http://d/_ping >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  echo "Erreur : le service API de podman ne répond pas sur $SOCKET (voir /run/podman/service.log)." >&2
  exit 1
}
# A service started by an older version of this script from a folder since deleted cannot create containers.
cwd_deleted() { readlink "/proc/$1/cwd" 2>/dev/null | grep -q ' (deleted)$'; }
if [ -f /run/podman/service.pid ]; then
  pid=$(cat /run/podman/service.pid)
  if [ "$conf_changed" = 1 ] || cwd_deleted "$pid"; then
    kill "$pid" 2>/dev/null || true    # restart it with the new configuration, or from /
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    rm -f /run/podman/service.pid
  fi
fi
curl -fsS --unix-socket "$SOCKET" http://d/_ping >/dev/null 2>&1 || start_socket

have_image() { [ "$FORCE" != 1 ] && podman image exists "$1"; }

# --- 4. localhost/debian-base:bookworm from the host's own Debian mirror (no registry).
if ! have_image localhost/debian-base:bookworm; then
  mirror=$(awk '/^URIs:/ { print $2; exit }' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  [ -n "$mirror" ] || mirror=$(awk '$1 == "deb" { print $2; exit }' /etc/apt/sources.list 2>/dev/null || true)
  mirror=${mirror:-http://deb.debian.org/debian}
  root=$(mktemp -d /var/tmp/debian-base.XXXXXX)
  log "debootstrap minbase bookworm depuis $mirror"
  debootstrap --variant=minbase bookworm "$root" "$mirror" >/var/tmp/debootstrap.log 2>&1 \
    || { tail -20 /var/tmp/debootstrap.log >&2; exit 1; }
  # The images' apt uses the same mirror (and its security suite) as the host.
  cp /etc/apt/sources.list.d/debian.sources "$root/etc/apt/sources.list.d/" 2>/dev/null && rm -f "$root/etc/apt/sources.list"
  rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/*.bin \
         "$root"/usr/share/doc/* "$root"/usr/share/man/* "$root"/usr/share/locale/* "$root"/var/log/*.log
  tar -C "$root" -c . | podman import -q \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'CMD ["/bin/bash"]' - localhost/debian-base:bookworm >/dev/null
  rm -rf "$root"
  log "localhost/debian-base:bookworm prête ($(elapsed) s depuis le début)"
fi

# --- 5. localhost/jre-distroless:25: a jlink'ed JRE of the host's JDK 25 (JEP 493: no jmods needed) plus the
# glibc pieces it links against, in an empty image: no shell, no package manager, user nonroot (65532).
if ! have_image localhost/jre-distroless:25; then
  [ -x "$JDK25/bin/jlink" ] || { echo "Erreur : JDK 25 introuvable dans $JDK25 (variable JDK25)." >&2; exit 1; }
  root=$(mktemp -d /var/tmp/jre-distroless.XXXXXX)
  log "jlink du JDK 25 ($JDK25)"
  "$JDK25/bin/jlink" --output "$root/opt/java" --strip-debug --no-man-pages --no-header-files --compress=zip-6 \
    --add-modules java.base,java.logging,java.naming,java.sql,java.xml,java.management,java.net.http,java.security.jgss,java.instrument,jdk.unsupported,jdk.zipfs,jdk.management,jdk.naming.dns,jdk.localedata,java.rmi,java.transaction.xa,java.compiler
  # glibc, libstdc++, libz...: the ldd closure of the JRE, the loader, and the NSS modules for DNS and /etc/passwd.
  { find "$root/opt/java" -name '*.so' -print; echo "$root/opt/java/bin/java"; } | xargs ldd 2>/dev/null \
    | awk '$2 == "=>" && $3 ~ /^\// { print $3 }' | sort -u > "$root/libs"
  for lib in $(cat "$root/libs") /lib64/ld-linux-x86-64.so.2 /lib/x86_64-linux-gnu/libnss_files.so.2 \
             /lib/x86_64-linux-gnu/libnss_dns.so.2 /lib/x86_64-linux-gnu/libresolv.so.2; do
    [ -e "$lib" ] || continue
    mkdir -p "$root$(dirname "$lib")"
    cp -L "$lib" "$root$lib"
  done
  rm "$root/libs"
  # The C.UTF-8 locale (glibc keeps it in files): without it Java writes '?' for every accented character.
  mkdir -p "$root/usr/lib/locale" && cp -a /usr/lib/locale/C.utf8 "$root/usr/lib/locale/"
  mkdir -p "$root/etc" "$root/tmp" "$root/home/nonroot"
  chmod 1777 "$root/tmp"; chown 65532:65532 "$root/home/nonroot"
  printf 'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n' > "$root/etc/passwd"
  printf 'root:x:0:\nnonroot:x:65532:\n' > "$root/etc/group"
  printf 'passwd: files\ngroup: files\nhosts: files dns\n' > "$root/etc/nsswitch.conf"
  tar -C "$root" -c . | podman import -q \
    --change 'ENV JAVA_HOME=/opt/java' --change 'ENV PATH=/opt/java/bin' --change 'ENV LANG=C.UTF-8' \
    --change 'USER 65532:65532' --change 'ENTRYPOINT ["/opt/java/bin/java"]' - localhost/jre-distroless:25 >/dev/null
  rm -rf "$root"
  log "localhost/jre-distroless:25 prête ($(elapsed) s depuis le début)"
fi

# --- 6. Probe: a container really starts with these limits; otherwise fall back to 1024.
if ! podman run --rm --network none localhost/debian-base:bookworm true 2>/var/tmp/podman-probe.err; then
  log "le conteneur d'essai échoue ($(head -1 /var/tmp/podman-probe.err)) : limites ramenées à 1024"
  write_conf 1024 1024 || true
  kill "$(cat /run/podman/service.pid 2>/dev/null)" 2>/dev/null || true
  sleep 0.5; start_socket
  podman run --rm --network none localhost/debian-base:bookworm true
fi
log "prêt en $(elapsed) s ; pour docker-compose : export DOCKER_HOST=unix://$SOCKET"
