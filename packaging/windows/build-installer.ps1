# Builds the Windows installer (see docs/deployment.md). Run in a "x64 Native Tools Command
# Prompt for VS 2022" PowerShell with Qt 6.4 (MSVC 2019 64-bit, built with -system-sqlite),
# OpenSSL 3 and NSIS 3 installed, and vcpkg providing quazip, libxlsxwriter and libqrencode.
# NOT RUN HERE: the recipe was written and checked on Debian only.
param(
    [string]$Qt = "C:\Qt\6.4.3\msvc2019_64",
    [string]$OpenSslBin = "C:\Program Files\OpenSSL-Win64\bin",
    [string]$SqliteDll = "C:\sqlite\sqlite3.dll",
    [string]$Vcpkg = "C:\vcpkg"
)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
cmake -S . -B build-win -G Ninja -DCMAKE_BUILD_TYPE=Release `
    "-DCMAKE_PREFIX_PATH=$Qt" `
    "-DCMAKE_TOOLCHAIN_FILE=$Vcpkg\scripts\buildsystems\vcpkg.cmake" `
    "-DJIAYI_OPENSSL_BIN=$OpenSslBin" "-DJIAYI_SQLITE_DLL=$SqliteDll"
cmake --build build-win
ctest --test-dir build-win --output-on-failure
cmake --build build-win --target package
Get-ChildItem build-win\jiayi-*-win64.exe
# Silent, per machine:   jiayi-<version>-win64.exe /S
# Silent uninstall:      "C:\Program Files\Jiayi\Uninstall.exe" /S   (user data stays)
