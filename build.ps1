#!/usr/bin/env pwsh
# Mlops launcher: starts the build program, compiling it first only when one of its sources is newer than the
# compiled assembly. All arguments pass through; the exit code is the build's. See README.md.
# Keep build.sh line-for-line equivalent: tests/Mlops.Launcher.Tests run each behaviour through both.
# PowerShell itself reads `--%` and splits `-name:value` before a script sees its arguments; the build uses neither.
#Requires -Version 7.2
$ErrorActionPreference = 'Stop'
$PSNativeCommandUseErrorActionPreference = $false # a failing dotnet's exit code is the launcher's, not an exception
Set-StrictMode -Version Latest

$root = $PSScriptRoot
$dotnet = if ($env:DOTNET_EXE) { $env:DOTNET_EXE } else { 'dotnet' }
$project = Join-Path $root 'build/_build.csproj'
$assembly = Join-Path $root 'build/bin/_build.dll'
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'; $env:DOTNET_NOLOGO = '1'; $env:DOTNET_SKIP_FIRST_TIME_EXPERIENCE = '1'

function Write-Trace([string]$message) { if ($env:MLOPS_LAUNCHER_TRACE) { [Console]::Error.WriteLine("launcher: $message") } }

if (-not (Get-Command -Name ([WildcardPattern]::Escape($dotnet)) -CommandType Application -ErrorAction Ignore)) {
  [Console]::Error.WriteLine("error: '$dotnet' not found. Install the .NET SDK named in global.json, or set DOTNET_EXE to its dotnet.")
  exit 127
}

# The first source file under $folder newer than $built, in find's order: depth first as the folder lists them, names
# matched case-sensitively, hidden files included, bin/ and obj/ pruned, links not followed.
$sources = '*.cs', '*.csproj', '*.props', '*.targets', '*.json'
$everything = [System.IO.EnumerationOptions]@{ AttributesToSkip = 0 }
function Find-Newer([System.IO.DirectoryInfo]$folder, [datetime]$built) {
  foreach ($entry in $folder.EnumerateFileSystemInfos('*', $everything)) {
    if ($entry.Name -ceq 'bin' -or $entry.Name -ceq 'obj' -or $entry.LinkTarget) { continue }
    if ($entry -is [System.IO.DirectoryInfo]) {
      $found = Find-Newer $entry $built
      if ($found) { return $found }
    } elseif ($sources.Where({ $entry.Name -clike $_ }, 'First') -and $entry.LastWriteTimeUtc -gt $built) {
      return $entry.FullName
    }
  }
}

# True when the assembly is missing or any file it is built from is newer: the build project, the libraries in src/,
# and the repository-wide build settings. bin/ and obj/ are outputs, not sources.
function Test-Stale {
  if (-not (Test-Path -LiteralPath $assembly -PathType Leaf)) { return $true }
  $built = [System.IO.File]::GetLastWriteTimeUtc($assembly)
  $newer = (Find-Newer (Join-Path $root 'build') $built) ?? (Find-Newer (Join-Path $root 'src') $built)
  if ($newer) { Write-Trace "$newer is newer than the build assembly"; return $true }
  # Dot-files such as .editorconfig are hidden: read their time directly (a missing file reads as 1601, never newer).
  foreach ($file in 'global.json', 'Directory.Build.props', 'Directory.Packages.props', '.editorconfig', 'NuGet.Config', 'nuget.config') {
    if ([System.IO.File]::GetLastWriteTimeUtc((Join-Path $root $file)) -gt $built) { Write-Trace "$file is newer than the build assembly"; return $true }
  }
  return $false
}

if (Test-Stale) {
  New-Item -ItemType Directory -Force -Path (Join-Path $root '.nuke/temp') | Out-Null
  # One compile at a time when several launches race; the second finds the assembly current. An unshared open is
  # flock(LOCK_EX) on Linux and macOS, the lock build.sh takes, so the two launchers also wait for each other.
  $lock = $null
  while (-not $lock) {
    try { $lock = [System.IO.File]::Open((Join-Path $root '.nuke/temp/launcher.lock'), 'OpenOrCreate', 'ReadWrite', 'None') }
    catch [System.IO.IOException] { Start-Sleep -Milliseconds 100 }
  }
  try {
    if (Test-Stale) {
      Write-Trace 'compiling the build project'
      $output = & $dotnet publish $project --nologo -v q -clp:NoSummary 2>&1
      if ($LASTEXITCODE -ne 0) {
        [Console]::Error.WriteLine(($output -join [Environment]::NewLine))
        [Console]::Error.WriteLine('error: the build project does not compile (see above).')
        exit 1
      }
      # MSBuild leaves an unchanged assembly untouched; mark it current so the next launch skips MSBuild.
      [System.IO.File]::SetLastWriteTimeUtc($assembly, [DateTime]::UtcNow)
    }
  } finally { $lock.Dispose() }
} else {
  Write-Trace 'build assembly is current; starting it directly'
}

& $dotnet $assembly @args
exit $LASTEXITCODE
