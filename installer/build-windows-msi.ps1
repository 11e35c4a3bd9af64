# Builds the Windows installer (.msi) of Innovation Portfolio with jpackage and the WiX Toolset (3.x, on PATH):
# the app with its own trimmed Java runtime, a Start-menu entry, a .ippack file association (a double-click on a
# project pack opens the import preview, or hands it to the open window), and a per-user install that needs no
# administrator rights (under %LOCALAPPDATA%). The user's data folder (%LOCALAPPDATA%\InnovationPortfolio) is never
# touched by installing, upgrading or removing.
#
#   ./mvnw -B -DskipTests package
#   pwsh installer/build-windows-msi.ps1
#   target\installer\innovation-portfolio-<version>.msi
#
# Written for and run by the CI workflow on a Windows runner (.github/workflows/installers.yml); not run on the
# Linux machines the project is developed on.
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$root = Split-Path -Parent $PSScriptRoot
$jar = Join-Path $root 'target\innovation-portfolio.jar'
$out = Join-Path $root 'target\installer'

foreach ($tool in 'jpackage', 'jdeps', 'jlink') {
    if (-not (Get-Command $tool -ErrorAction SilentlyContinue)) {
        throw "$tool was not found: install a full JDK 17 or newer (not a JRE) and put its bin folder on PATH."
    }
}
if (-not (Get-Command 'candle.exe' -ErrorAction SilentlyContinue)) {
    throw 'The WiX Toolset 3 (candle.exe, light.exe) was not found on PATH: jpackage needs it to build an .msi.'
}
if (-not (Test-Path $jar)) {
    Push-Location $root
    try { & .\mvnw.cmd -q -B -DskipTests package; if ($LASTEXITCODE -ne 0) { throw 'The jar did not build.' } }
    finally { Pop-Location }
}

# jpackage wants a numeric version, such as 0.1.0, from the jar's manifest.
Add-Type -AssemblyName System.IO.Compression.FileSystem
$zip = [System.IO.Compression.ZipFile]::OpenRead($jar)
try {
    $entry = $zip.GetEntry('META-INF/MANIFEST.MF')
    $reader = New-Object System.IO.StreamReader($entry.Open())
    $manifest = $reader.ReadToEnd()
    $reader.Close()
} finally { $zip.Dispose() }
$version = '0.0.1'
if ($manifest -match 'Implementation-Version:\s*([0-9]+(\.[0-9]+)*)') { $version = $Matches[1] }

Remove-Item -Recurse -Force -ErrorAction SilentlyContinue (Join-Path $out 'runtime'), (Join-Path $out 'msi-input')
New-Item -ItemType Directory -Force -Path $out | Out-Null
$input = Join-Path $out 'msi-input'
New-Item -ItemType Directory -Force -Path $input | Out-Null
Copy-Item $jar $input

# The same trimmed runtime as on Linux: what jdeps finds, plus what is reached by name at run time.
$modules = (& jdeps --print-module-deps --ignore-missing-deps --multi-release 17 $jar).Trim()
if ($LASTEXITCODE -ne 0 -or -not $modules) { throw 'jdeps could not list the modules the jar needs.' }
$modules = "$modules,jdk.localedata,jdk.charsets,jdk.zipfs,jdk.crypto.ec"
Write-Host "Runtime modules: $modules"
& jlink --add-modules $modules --include-locales=en,en-GB --strip-debug --no-man-pages --no-header-files `
    --compress=2 --output (Join-Path $out 'runtime')
if ($LASTEXITCODE -ne 0) { throw 'jlink failed.' }

# The project pack's file type.
$associations = Join-Path $out 'ippack.properties'
@(
    'extension=ippack',
    'mime-type=application/x-innovation-portfolio-pack',
    'description=Innovation Portfolio project pack'
) | Set-Content -Encoding ASCII $associations

# An .ico for the launcher, the Start menu and packs, made from the PNGs when ImageMagick is there; else jpackage's own.
$iconArgs = @()
$ico = Join-Path $root 'icons\innovation-portfolio.ico'
if (-not (Test-Path $ico) -and (Get-Command 'magick' -ErrorAction SilentlyContinue)) {
    $ico = Join-Path $out 'innovation-portfolio.ico'
    & magick (Join-Path $root 'icons\innovation-portfolio-16.png') (Join-Path $root 'icons\innovation-portfolio-32.png') `
        (Join-Path $root 'icons\innovation-portfolio-48.png') (Join-Path $root 'icons\innovation-portfolio-256.png') $ico
}
if (Test-Path $ico) { $iconArgs = @('--icon', $ico) } else { Write-Warning 'No .ico: the installer uses the default icon.' }

Get-ChildItem $out -Filter 'innovation-portfolio-*.msi' -ErrorAction SilentlyContinue | Remove-Item -Force
& jpackage `
    --type msi `
    --runtime-image (Join-Path $out 'runtime') `
    --input $input `
    --main-jar innovation-portfolio.jar `
    --main-class org.innovationportfolio.app.Launcher `
    --name innovation-portfolio `
    --app-version $version `
    --vendor 'Innovation Portfolio contributors' `
    --description "Portfolio, briefing packs and project packs for children's services innovation leads" `
    --copyright 'Copyright Innovation Portfolio contributors. Licensed under AGPL-3.0-or-later.' `
    --license-file (Join-Path $root 'LICENSE') `
    --java-options '-Dfile.encoding=UTF-8' `
    --file-associations $associations `
    --win-per-user-install `
    --win-menu `
    --win-menu-group 'Innovation Portfolio' `
    --win-shortcut-prompt `
    --win-dir-chooser `
    --win-upgrade-uuid '6f1d8a52-3c1e-4d5b-9a57-2f0e6b1c7d34' `
    @iconArgs `
    --dest $out
if ($LASTEXITCODE -ne 0) { throw 'jpackage could not build the .msi.' }

$msi = Get-ChildItem $out -Filter 'innovation-portfolio-*.msi' | Select-Object -First 1
Write-Host "Installer: $($msi.FullName)"
Write-Host ("Installer size: {0:N1} MB" -f ($msi.Length / 1MB))
