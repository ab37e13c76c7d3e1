#!/usr/bin/env bash
# Mlops launcher: starts the build program, compiling it first only when one of its sources is newer than the
# compiled assembly. All arguments pass through; the exit code is the build's. See README.md.
# Keep build.ps1 line-for-line equivalent.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dotnet="${DOTNET_EXE:-dotnet}"
project="$root/build/_build.csproj"
assembly="$root/build/bin/_build.dll"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

trace() { if [[ -n "${MLOPS_LAUNCHER_TRACE:-}" ]]; then echo "launcher: $*" >&2; fi; }

if ! command -v "$dotnet" >/dev/null 2>&1; then
  echo "error: '$dotnet' not found. Install the .NET SDK named in global.json, or set DOTNET_EXE to its dotnet." >&2
  exit 127
fi

# True when the assembly is missing or any file it is built from is newer: the build project, the libraries in src/,
# and the repository-wide build settings. bin/ and obj/ are outputs, not sources.
stale() {
  [[ -f "$assembly" ]] || return 0
  local newer
  newer="$(find "$root/build" "$root/src" \( -name bin -o -name obj \) -prune -o -type f \
    \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' -o -name '*.targets' -o -name '*.json' \) \
    -newer "$assembly" -print -quit)"
  [[ -n "$newer" ]] && { trace "$newer is newer than the build assembly"; return 0; }
  local file
  for file in global.json Directory.Build.props Directory.Packages.props .editorconfig NuGet.Config nuget.config; do
    [[ "$root/$file" -nt "$assembly" ]] && { trace "$file is newer than the build assembly"; return 0; }
  done
  return 1
}

if stale; then
  mkdir -p "$root/.nuke/temp"
  # One compile at a time when several launches race; the second finds the assembly current.
  exec 9>"$root/.nuke/temp/launcher.lock"
  flock 9
  if stale; then
    trace "compiling the build project"
    if ! output="$("$dotnet" publish "$project" --nologo -v q -clp:NoSummary 2>&1)"; then
      echo "$output" >&2
      echo "error: the build project does not compile (see above)." >&2
      exit 1
    fi
    # MSBuild leaves an unchanged assembly untouched; mark it current so the next launch skips MSBuild.
    touch "$assembly"
  fi
  flock -u 9
else
  trace "build assembly is current; starting it directly"
fi

exec "$dotnet" "$assembly" "$@"
