#!/usr/bin/env bash
# The native profile, checked as far as a machine without GraalVM/Mandrel allows: the Maven build of
# docker/Dockerfile.native (`./mvnw package -Dnative`) is run up to where native-image would start
# (quarkus.native.sources-only=true writes its arguments and its input jar instead), in a copy of the tree so that
# target/ stays as it is. Then: the executable it would make is the file Dockerfile.native copies and the ITs start,
# the files the application reads at run time (sql/, demo/, aide/) are native resources, and sqlite-jdbc exports its
# JNI library next to the executable. Prints "natif : … vérifié" or what is wrong, and exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
tar --exclude=./target --exclude=./.git --exclude=./data -cf - . | tar -xf - -C "$WORK"
(cd "$WORK" && ./mvnw -B -q package -DskipTests -Dnative -Dquarkus.native.sources-only=true) > "$WORK/build.log" 2>&1 || {
  tail -40 "$WORK/build.log"; echo "natif : la construction avec le profil native échoue" >&2; exit 1; }
SOURCES=$WORK/target/native-sources
fail() { echo "natif : $*" >&2; exit 1; }
[ -f "$SOURCES/native-image.args" ] || fail "pas d'arguments de native-image dans target/native-sources"
# Quarkus ends the arguments with "<executable> -jar <input jar>".
read -r -a ARGS < "$SOURCES/native-image.args" || true     # one line without a final line feed
n=${#ARGS[@]}
[ "$n" -ge 3 ] && [ "${ARGS[n-2]}" = "-jar" ] || fail "arguments de native-image inattendus : ${ARGS[*]: -3}"
EXECUTABLE=${ARGS[n-3]}
grep -q "^COPY --from=build /code/target/$EXECUTABLE /deployments/ventes$" docker/Dockerfile.native \
  || fail "l'exécutable s'appellerait target/$EXECUTABLE, que docker/Dockerfile.native ne copie pas"
grep -q "\`target/$EXECUTABLE\`" README.md || fail "README.md ne nomme pas l'exécutable target/$EXECUTABLE"
grep -q "<ventes.executable>\${project.build.directory}/$EXECUTABLE</ventes.executable>" pom.xml \
  || fail "les tests d'intégration du profil native ne lanceraient pas target/$EXECUTABLE (ventes.executable, pom.xml)"
printf '%s\n' "${ARGS[@]}" | grep -q "^-Dorg.sqlite.lib.exportPath=$WORK/target/native-lib$" \
  || fail "sqlite-jdbc n'exporte pas sa bibliothèque JNI dans target/native-lib"
for folder in sql demo aide; do
  python3 - "$SOURCES/${ARGS[n-1]}" "$folder" <<'PY' \
    || fail "les fichiers $folder/ ne sont pas des ressources de l'exécutable (quarkus.native.resources.includes)"
import json, sys, zipfile
config = json.loads(zipfile.ZipFile(sys.argv[1]).read("META-INF/native-image/resource-config.json"))
sys.exit(0 if sys.argv[2] + "/.*" in [i["pattern"] for i in config["resources"]["includes"]] else 1)
PY
done
echo "natif : construction jusqu'à native-image, exécutable target/$EXECUTABLE (copié par docker/Dockerfile.native," \
  "lancé par les tests d'intégration), ressources sql/ demo/ aide/, bibliothèque de sqlite-jdbc exportée : vérifié"
