#!/usr/bin/env pwsh
<#
.SYNOPSIS
  The one entry point for building, testing and packing CrmSpm.
.DESCRIPTION
  Run through the repository's local PowerShell tool, on Linux or Windows:
    dotnet tool restore
    dotnet pwsh ./build.ps1 Test
  Build   compiles the whole solution (Release).
  Test    builds, then runs every test project (what CI runs).
  Pack    builds the deployable artifacts into ./artifacts: the Dataverse solution as Dataverse exports it
          (CrmSpm_<version>_managed.zip and CrmSpm_<version>.zip, with the signed net462 plugin assembly and the
          web resources inside, as `npm run build --prefix WebResources` bundles them into WebResources/dist) and the
          Salesforce metadata source. Needs Node.js and npm.
  Clean   removes ./artifacts and every bin/ and obj/ folder.
#>
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [ValidateSet('Build', 'Test', 'Pack', 'Clean')]
    [string] $Task = 'Build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$root = $PSScriptRoot
$artifacts = Join-Path $root 'artifacts'

# Runs an external command and stops the build on a non-zero exit code (PowerShell does not do that by itself).
function Invoke-Checked([string] $File, [string[]] $Arguments) {
    Write-Host "> $File $($Arguments -join ' ')" -ForegroundColor Cyan
    & $File @Arguments
    if ($LASTEXITCODE -ne 0) { throw "'$File $($Arguments -join ' ')' failed with exit code $LASTEXITCODE." }
}

function Invoke-Build {
    Invoke-Checked dotnet @('build', (Join-Path $root 'CrmSpm.sln'), '-c', $Configuration)
}

function Invoke-Test {
    Invoke-Build
    Invoke-Checked dotnet @('test', (Join-Path $root 'CrmSpm.sln'), '-c', $Configuration, '--no-build')
}

function Invoke-Pack {
    Invoke-Build
    # The solution ships the bundled web resources (WebResources/dist), built from the sources now.
    $webResources = Join-Path $root 'WebResources'
    Invoke-Checked npm @('ci', '--prefix', $webResources, '--no-audit', '--no-fund')
    Invoke-Checked npm @('run', 'build', '--prefix', $webResources)
    # The deployable plugin: the net462 build, signed, with nothing beside it (Dataverse provides Microsoft.Xrm.Sdk).
    $pluginOut = Join-Path ([System.IO.Path]::GetTempPath()) "crmspm-pack-$PID"
    Invoke-Checked dotnet @('build', (Join-Path $root 'Plugins/CrmSpm.Plugins/CrmSpm.Plugins.csproj'),
        '-c', $Configuration, '-f', 'net462', '-o', $pluginOut)
    try {
        # The packer checks the DLL's identity, signature and references, then writes both zips; the solution's
        # version lives in Solution/Dataverse/Other/Solution.xml only.
        New-Item -ItemType Directory -Force -Path $artifacts | Out-Null
        $packer = Join-Path $root 'Solution/CrmSpm.SolutionPacker/CrmSpm.SolutionPacker.csproj'
        Invoke-Checked dotnet @('run', '--project', $packer, '-c', $Configuration, '--no-build', '--',
            'pack', (Join-Path $pluginOut 'CrmSpm.Plugins.dll'), $artifacts,
            (Join-Path $root 'Solution/Dataverse/WebResources'), $webResources)
    }
    finally {
        Remove-Item -Recurse -Force $pluginOut -ErrorAction SilentlyContinue
    }

    $salesforceSource = Join-Path $root 'Solution/Salesforce'
    if (Test-Path $salesforceSource) {
        Copy-Item -Recurse -Force $salesforceSource (Join-Path $artifacts 'salesforce')
    }
    Write-Host "Artifacts written to $artifacts" -ForegroundColor Green
}

function Invoke-Clean {
    if (Test-Path $artifacts) { Remove-Item -Recurse -Force $artifacts }
    Get-ChildItem -Path $root -Directory -Recurse -Include 'bin', 'obj' |
        Where-Object { $_.FullName -notlike '*node_modules*' } |
        Remove-Item -Recurse -Force
}

switch ($Task) {
    'Build' { Invoke-Build }
    'Test'  { Invoke-Test }
    'Pack'  { Invoke-Pack }
    'Clean' { Invoke-Clean }
}
