# Build Sanad for Windows: the PyInstaller one-folder app, a smoke test of the frozen app, and the
# Inno Setup installer. Runs the same locally (PowerShell 5+ or pwsh) and in CI.
#
#   powershell -ExecutionPolicy Bypass -File scripts\package\windows\build.ps1
#
# Needs uv (https://docs.astral.sh/uv/) and Inno Setup 6 (ISCC.exe on PATH, or set $env:ISCC,
# or installed in the default folder; `winget install JRSoftware.InnoSetup` or
# `choco install innosetup`). Output: dist\Sanad\ and dist\Sanad-<version>-windows-setup.exe
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..\..")
Set-Location $Root

function Invoke-Step([string]$What, [scriptblock]$Command) {
    Write-Host "== $What"
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)" }
}

Invoke-Step "uv sync --frozen" { uv sync --frozen }
$Version = (uv run --frozen python -c "import extract; print(extract.__version__)").Trim()
if ($LASTEXITCODE -ne 0) { throw "could not read the version from the extract package" }

Invoke-Step "pyinstaller build.spec (Sanad $Version)" {
    uv run --frozen pyinstaller --noconfirm --clean build.spec
}

# Smoke test with the console executable (Sanad.exe is windowed and prints nothing).
$Cli = Join-Path $Root "dist\Sanad\sanad-cli.exe"
$env:QT_QPA_PLATFORM = "offscreen"
$Timer = [Diagnostics.Stopwatch]::StartNew()
Invoke-Step "frozen --selftest" { & $Cli --selftest }
Write-Host ("   --selftest took {0} ms" -f $Timer.ElapsedMilliseconds)
$Shot = Join-Path $Root "dist\frozen-screenshot.png"
$Timer.Restart()
Invoke-Step "frozen --screenshot" { & $Cli --screenshot $Shot }
Write-Host ("   --screenshot took {0} ms" -f $Timer.ElapsedMilliseconds)
if (-not (Test-Path $Shot)) { throw "--screenshot wrote no PNG" }
Remove-Item Env:\QT_QPA_PLATFORM

$Bytes = (Get-ChildItem -Recurse -File (Join-Path $Root "dist\Sanad") | Measure-Object -Sum Length).Sum
Write-Host ("   bundle size: {0:N0} MB" -f ($Bytes / 1MB))

$Iscc = $env:ISCC
if (-not $Iscc) {
    $found = Get-Command ISCC.exe -ErrorAction SilentlyContinue
    if ($found) { $Iscc = $found.Source }
}
if (-not $Iscc) {
    $Iscc = @(
        "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
        "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
        "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe"
    ) | Where-Object { Test-Path $_ } | Select-Object -First 1
}
if (-not $Iscc) { throw "Inno Setup 6 not found: install it or set `$env:ISCC to ISCC.exe" }

Invoke-Step "Inno Setup installer" {
    & $Iscc "/DAppVersion=$Version" (Join-Path $Root "scripts\package\windows\sanad.iss")
}
$Setup = Join-Path $Root "dist\Sanad-$Version-windows-setup.exe"
if (-not (Test-Path $Setup)) { throw "installer not found at $Setup" }
Write-Host "== done: $Setup"
