# ZoEngine build driver for PowerShell; the same verbs as build.sh: build, test, demo, bench, pack, packages, ptx, setup, caps.
param([string]$Verb = "build", [Parameter(ValueFromRemainingArguments = $true)][string[]]$Rest)
$ErrorActionPreference = "Stop"
Set-Location $PSScriptRoot

function Ok($m) { Write-Host "  $([char]0x2713) $m" }
function No($m) { Write-Host "  $([char]0x2717) $m" }

function Caps {
    Write-Host "capabilities:"
    if (Get-Command dotnet -ErrorAction SilentlyContinue) { Ok "dotnet $(dotnet --version)" } else { No "dotnet not found: install the .NET 10 SDK"; exit 1 }
    if ([System.Runtime.Intrinsics.X86.Avx512F]::IsSupported) { Ok "AVX-512: 512-bit SIMD path" }
    elseif ([System.Runtime.Intrinsics.X86.Avx2]::IsSupported) { Ok "AVX2: 256-bit SIMD path (no AVX-512)" }
    else { No "no AVX2: 128-bit or scalar SIMD path" }
    if (Get-Command nvcc -ErrorAction SilentlyContinue) { Ok "nvcc found: ./build.ps1 ptx regenerates kernels/ptx" } else { No "nvcc not found: the committed PTX in kernels/ptx is used" }
    if (Get-Command make -ErrorAction SilentlyContinue) { Ok "make: host build of the kernels (native/) for the emulated backend" } else { No "make not found: the emulated backend is not built (native/ builds with make and a C++20 compiler)" }
    $cuda = if ($IsWindows) { Test-Path "$env:SystemRoot\System32\nvcuda.dll" } else { [bool](ldconfig -p 2>$null | Select-String 'libcuda.so.1') }
    if ($cuda) { Ok "CUDA driver library present" } else { No "CUDA driver library not found: no GPU driver" }
    $blas = if ($IsWindows) { $false } else { [bool](ldconfig -p 2>$null | Select-String 'libopenblas') }
    if ($blas) { Ok "OpenBLAS present" } else { No "OpenBLAS not found" }
    if (Test-Path "/usr/share/datasets/fashion-mnist") { Ok "Fashion-MNIST installed" } else { No "Fashion-MNIST not installed" }
    if (Test-Path "/usr/share/games/fortunes/computers") { Ok "fortunes installed" } else { No "fortunes not installed (apt-get install fortunes)" }
}

function Setup {
    if ($IsLinux) { & bash scripts/setup-system.sh; if ($LASTEXITCODE) { exit $LASTEXITCODE } }
    else { Write-Host "setup: install the CUDA toolkit and OpenBLAS by hand on this system to run every suite" }
}

function Build { dotnet build ZoEngine.sln -c Release -nologo -v quiet -clp:NoSummary; if ($LASTEXITCODE) { exit $LASTEXITCODE } }
function Zo { dotnet src/ZoEngine.Cli/bin/Release/net10.0/zo.dll @args; if ($LASTEXITCODE) { exit $LASTEXITCODE } }
function Pack {
    Remove-Item -Recurse -Force artifacts/packages -ErrorAction SilentlyContinue
    dotnet pack ZoEngine.sln -c Release -o artifacts/packages -nologo -v quiet -clp:NoSummary; if ($LASTEXITCODE) { exit $LASTEXITCODE }
    Ok "packages: $((Get-ChildItem artifacts/packages -Filter *.nupkg).Name -join ' ')"
}
# As build.sh: the tool and the sample each restore into a package cache of their own, so that a re-pack of the same
# version is never shadowed by a copy cached from an earlier one.
function Packages {
    Pack
    $tools = Join-Path ([System.IO.Path]::GetTempPath()) ([System.IO.Path]::GetRandomFileName())
    $work = Join-Path ([System.IO.Path]::GetTempPath()) ([System.IO.Path]::GetRandomFileName())
    New-Item -ItemType Directory -Force $work | Out-Null
    Remove-Item -Recurse -Force artifacts/tool-packages, artifacts/sample-packages -ErrorAction SilentlyContinue
    $env:NUGET_PACKAGES = Join-Path $PSScriptRoot "artifacts/tool-packages"
    dotnet tool install --tool-path $tools --add-source (Join-Path $PSScriptRoot "artifacts/packages") ZoEngine.Cli --version 0.1.0 | Out-Null
    if ($LASTEXITCODE) { No "the zo tool does not install from its package"; exit 1 }
    Remove-Item Env:NUGET_PACKAGES
    $zo = Join-Path $tools "zo"
    Push-Location $work
    & $zo run synthetic --dim 200 --iters 50 --backend cpu --log run.zolog | Out-Null; $rc = $LASTEXITCODE
    if (-not $rc) { & $zo replay run.zolog --backend cpu | Select-Object -Last 1; $rc = $LASTEXITCODE }
    Pop-Location
    if ($rc) { No "the zo tool installed from its package does not run"; exit 1 }
    Ok "zo tool: installed from artifacts/packages, ran and replayed"
    Push-Location samples/Trainer
    dotnet run -c Release -- cpu $work; $rc = $LASTEXITCODE
    Pop-Location
    if ($rc) { No "samples/Trainer failed against the packages"; exit 1 }
    Ok "samples/Trainer: built from the packages, trained and replayed"
}

switch ($Verb) {
    "caps" { Caps }
    "build" { Caps; Build }
    "setup" { Setup; Caps }
    "ptx" { & bash kernels/build-ptx.sh; if ($LASTEXITCODE) { exit $LASTEXITCODE }; & bash kernels/ptxas-report.sh; exit $LASTEXITCODE }
    "test" {
        Setup; Caps; Build
        if (Get-Command make -ErrorAction SilentlyContinue) {
            make -s -C native check | Out-Null
            if ($LASTEXITCODE) { No "native/: make -C native check failed"; make -C native check; exit 1 } else { Ok "native/: host build of the kernels passes its own tests" }
        }
        $out = dotnet test tests/ZoEngine.Tests/ZoEngine.Tests.csproj -c Release --no-build -nologo --logger "console;verbosity=normal" @Rest 2>&1
        $rc = $LASTEXITCODE
        $out | Select-String -Pattern '^\s*Failed [^!]|^\s*Skipped |^\s*(Error Message|Expected|But was)|Test Run (Successful|Failed|Aborted)' | ForEach-Object { $_.Line }
        function Count($name) { $m = $out | Select-String -Pattern "^\s*${name}:\s*(\d+)\s*$" | Select-Object -Last 1; if ($m) { $m.Matches[0].Groups[1].Value } else { 0 } }
        $p = Count 'Passed'; $f = Count 'Failed'; $s = Count 'Skipped'
        Write-Host "$p passed, $f failed, $s skipped"
        exit $rc
    }
    "demo" {
        Setup; Caps; Build
        New-Item -ItemType Directory -Force demo-out | Out-Null
        Zo compare synthetic --fn rosenbrock --dim 10000 --iters 3000 --q 4 --mu 0.005 --eval-every 20 --target-ratio 0.25 --lr "sgd=3e-7,signsgd=1e-2,adamm=1e-2,rmsprop=1e-2,radazo=3e-3" --csv demo-out/compare.csv --svg demo-out/compare.svg
        Zo run synthetic --fn rosenbrock --dim 10000 --opt radazo --lr 3e-3 --q 4 --mu 0.005 --iters 1000 --log demo-out/run.zolog --overwrite --csv demo-out/run.csv
        Zo replay demo-out/run.zolog
        Write-Host "open demo-out/compare.svg in a browser for the plot"
    }
    "pack" { Caps; Pack }
    "packages" { Caps; Packages }
    "bench" {
        Caps; Build
        $machine = if ($env:ZO_MACHINE) { $env:ZO_MACHINE } else { [System.Net.Dns]::GetHostName() }
        dotnet run --project bench/ZoEngine.Bench -c Release --no-build -- --machine $machine @Rest
        exit $LASTEXITCODE
    }
    default { Write-Error "usage: ./build.ps1 {build|test|demo|bench|pack|packages|ptx|setup|caps}"; exit 2 }
}
