#!/usr/bin/env bash
# The native profile, checked as far as a machine without GraalVM/Mandrel allows: the Maven build of
# docker/Dockerfile.native (`./mvnw package -Dnative`) is run up to where native-image would start
# (quarkus.native.sources-only=true writes its arguments and its input jar instead), on a copy of the files that
# Dockerfile copies, so that target/ stays as it is. Then: the executable it would make is the file the Dockerfile
# copies and the ITs start; every file the application reads at run time (sql/, src/main/resources, the help texts)
# is a native resource; the charsets and the French locale the import and the note use are in; sqlite-jdbc exports
# its JNI library next to the executable. Prints "natif : … vérifié", or
# what is wrong and exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# The build stage's files, copied the way docker/Dockerfile.native copies them (its COPY lines without --from), so
# that a file the build needs and the image lacks fails here too.
while read -r -a copy; do
  source=${copy[${#copy[@]}-2]}
  target=$WORK/${copy[${#copy[@]}-1]#/code/}
  case $target in
    */) mkdir -p "$target" ;;
    *) mkdir -p "$(dirname "$target")" ;;
  esac
  cp -r "$source" "$target"
done < <(grep '^COPY ' docker/Dockerfile.native | grep -v -- '--from=')
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
printf '%s\n' "${ARGS[@]}" | grep -qx -- "-H:+AddAllCharsets" \
  || fail "l'exécutable n'aurait pas Windows-1252 et les autres jeux de caractères (quarkus.native.add-all-charsets)"
printf '%s\n' "${ARGS[@]}" | grep -q -- "^-H:IncludeLocales=.*fr-FR" \
  || fail "l'exécutable n'aurait pas les mois et jours en français de la note (quarkus.locales)"
# The executable's input jar must hold the files the application reads at run time (the product SQL, the resources,
# the help texts written at build), and native-image must be told to keep every one of them.
python3 - "$SOURCES/${ARGS[n-1]}" <<'PY' || exit 1
import json, pathlib, re, sys, zipfile
jar = zipfile.ZipFile(sys.argv[1])
names = [n for n in jar.namelist() if not n.endswith("/")]
config = json.loads(jar.read("META-INF/native-image/resource-config.json"))
java_quote = lambda pattern: re.sub(r"\\Q(.*?)\\E", lambda m: re.escape(m.group(1)), pattern)
includes = [java_quote(i["pattern"]) for i in config["resources"]["includes"]]
ours = [str(p) for p in pathlib.Path("sql").rglob("*") if p.is_file()] + [
    str(p.relative_to("src/main/resources")) for p in pathlib.Path("src/main/resources").rglob("*")
    if p.is_file() and p.name != "application.properties"]
problems = []
missing = sorted(set(ours) - set(names))
if missing:
    problems.append("fichiers absents de la construction (COPY de docker/Dockerfile.native ?) : " + ", ".join(missing))
if not any(n.startswith("aide/") for n in names):
    problems.append("textes d'aide (aide/) absents de la construction")
dropped = sorted(n for n in names if not n.endswith(".class") and not n.startswith("META-INF/")
                 and not any(re.fullmatch(p, n) for p in includes))
if dropped:
    problems.append("ressources que native-image laisserait de côté (quarkus.native.resources.includes) : "
                    + ", ".join(dropped))
for problem in problems:
    print("natif : " + problem, file=sys.stderr)
sys.exit(1 if problems else 0)
PY
echo "natif : construction jusqu'à native-image, exécutable target/$EXECUTABLE (copié par docker/Dockerfile.native," \
  "lancé par les tests d'intégration), ressources de l'application, jeux de caractères et français inclus," \
  "bibliothèque de sqlite-jdbc exportée : vérifié"
