#!/usr/bin/env pwsh
# Mlops launcher: starts the build program, compiling it first only when one of its sources is newer than the
# compiled assembly. All arguments pass through; the exit code is the build's. See README.md.
# Keep build.sh line-for-line equivalent.
$ErrorActionPreference = 'Stop'

$root = $PSScriptRoot
$dotnet = if ($env:DOTNET_EXE) { $env:DOTNET_EXE } else { 'dotnet' }
$project = Join-Path $root 'build/_build.csproj'
$assembly = Join-Path $root 'build/bin/_build.dll'
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'; $env:DOTNET_NOLOGO = '1'; $env:DOTNET_SKIP_FIRST_TIME_EXPERIENCE = '1'

function Trace([string]$message) { if ($env:MLOPS_LAUNCHER_TRACE) { [Console]::Error.WriteLine("launcher: $message") } }

if (-not (Get-Command $dotnet -ErrorAction SilentlyContinue)) {
  [Console]::Error.WriteLine("error: '$dotnet' not found. Install the .NET SDK named in global.json, or set DOTNET_EXE to its dotnet.")
  exit 127
}

# True when the assembly is missing or any file it is built from is newer: the build project, the libraries in src/,
# and the repository-wide build settings. bin/ and obj/ are outputs, not sources.
function Test-Stale {
  if (-not (Test-Path $assembly)) { return $true }
  $built = (Get-Item $assembly).LastWriteTimeUtc
  $newer = Get-ChildItem -Path (Join-Path $root 'build'), (Join-Path $root 'src') -Recurse -File -Include '*.cs', '*.csproj', '*.props', '*.targets', '*.json' |
    Where-Object { $_.FullName -notmatch '[\\/](bin|obj)[\\/]' -and $_.LastWriteTimeUtc -gt $built } | Select-Object -First 1
  if ($newer) { Trace "$($newer.FullName) is newer than the build assembly"; return $true }
  foreach ($file in 'global.json', 'Directory.Build.props', 'Directory.Packages.props', '.editorconfig', 'NuGet.Config', 'nuget.config') {
    $path = Join-Path $root $file
    if ((Test-Path $path) -and (Get-Item $path).LastWriteTimeUtc -gt $built) { Trace "$file is newer than the build assembly"; return $true }
  }
  return $false
}

if (Test-Stale) {
  New-Item -ItemType Directory -Force -Path (Join-Path $root '.nuke/temp') | Out-Null
  # One compile at a time when several launches race; the second finds the assembly current.
  $lock = $null
  while (-not $lock) {
    try { $lock = [System.IO.File]::Open((Join-Path $root '.nuke/temp/launcher.lock'), 'OpenOrCreate', 'ReadWrite', 'None') }
    catch [System.IO.IOException] { Start-Sleep -Milliseconds 200 }
  }
  try {
    if (Test-Stale) {
      Trace 'compiling the build project'
      $output = & $dotnet build $project --nologo -v q -clp:NoSummary 2>&1
      if ($LASTEXITCODE -ne 0) {
        [Console]::Error.WriteLine(($output -join [Environment]::NewLine))
        [Console]::Error.WriteLine('error: the build project does not compile (see above).')
        exit 1
      }
      # MSBuild leaves an unchanged assembly untouched; mark it current so the next launch skips MSBuild.
      (Get-Item $assembly).LastWriteTimeUtc = [DateTime]::UtcNow
    }
  } finally { $lock.Dispose() }
} else {
  Trace 'build assembly is current; starting it directly'
}

& $dotnet $assembly @args
exit $LASTEXITCODE
