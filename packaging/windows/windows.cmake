# Windows installer recipe (included by packaging/CMakeLists.txt when building on Windows).
# NOT BUILT OR RUN HERE: written on Debian, see docs/deployment.md for how to build it and what
# was verified only on Linux.
#
#   cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH=C:/Qt/6.4.3/msvc2019_64
#         -DJIAYI_OPENSSL_BIN=C:/OpenSSL-Win64/bin -DJIAYI_SQLITE_DLL=C:/sqlite/sqlite3.dll
#   cmake --build build && cmake --build build --target package      -> jiayi-<version>-win64.exe
#
# The installer is per-machine (Program Files, start-menu entries for all users, needs
# elevation), silent with /S (and /D=C:\path as the last argument for another folder); the
# uninstaller (also /S) leaves every user's data in %LOCALAPPDATA%\jiayi\jiayi alone.

set(CPACK_GENERATOR "NSIS")
set(CPACK_SYSTEM_NAME "win64")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Jiayi")
set(CPACK_NSIS_PACKAGE_NAME "家医 Jiayi")
set(CPACK_NSIS_DISPLAY_NAME "家医 Jiayi ${PROJECT_VERSION}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\jiayi.exe")
set(CPACK_NSIS_UNINSTALL_NAME "Uninstall")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
# Start menu: the workstation (CPACK_PACKAGE_EXECUTABLES) and a command prompt for jiayi-cli.
set(CPACK_NSIS_MENU_LINKS "https://jiayi.invalid/docs" "家医说明 Documentation")
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\家医命令行 jiayi-cli.lnk' '$SYSDIR\\\\cmd.exe' '/K cd /d \"$INSTDIR\\\\bin\" && jiayi-cli --help'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA
    "Delete '$SMPROGRAMS\\\\$START_MENU\\\\家医命令行 jiayi-cli.lnk'")
# Per-machine: the CPack template switches to all users (SetShellVarContext all) when the account
# is an administrator; require it, so a silent install by county IT never lands per-user.
set(CPACK_NSIS_EXTRA_PREINSTALL_COMMANDS [=[
 UserInfo::GetAccountType
 Pop $0
 StrCmp $0 "Admin" jiayi_is_admin
 MessageBox MB_ICONSTOP "需要管理员权限 / Administrator rights required" /SD IDOK
 Quit
 jiayi_is_admin:
 SetShellVarContext all
]=])

# The MSVC runtime, per machine, into bin/.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
include(InstallRequiredSystemLibraries)

# DLLs the programs link that CMake knows (QuaZip, libxlsxwriter, zlib, ...).
install(FILES $<TARGET_RUNTIME_DLLS:jiayi> $<TARGET_RUNTIME_DLLS:jiayi-cli> DESTINATION bin)

# OpenSSL 3 (crypto for passwords, encrypted pages and backups; TLS for sync through Qt's
# OpenSSL backend): libcrypto-3-x64.dll and libssl-3-x64.dll beside the programs.
set(JIAYI_OPENSSL_BIN "" CACHE PATH "Folder with libcrypto-3-x64.dll and libssl-3-x64.dll")
# SQLite: Qt's SQLite driver must use this same sqlite3.dll (Qt built with -system-sqlite), or the
# encrypting VFS the program registers is not the one the driver opens files with (docs/security.md).
set(JIAYI_SQLITE_DLL "" CACHE FILEPATH "sqlite3.dll shared by the program and Qt's SQLite driver")
if(NOT JIAYI_OPENSSL_BIN OR NOT JIAYI_SQLITE_DLL)
    message(WARNING "Windows installer: set JIAYI_OPENSSL_BIN and JIAYI_SQLITE_DLL (docs/deployment.md)")
endif()
install(FILES ${JIAYI_OPENSSL_BIN}/libcrypto-3-x64.dll ${JIAYI_OPENSSL_BIN}/libssl-3-x64.dll
              ${JIAYI_SQLITE_DLL} DESTINATION bin OPTIONAL)

# Qt itself: windeployqt copies the Qt DLLs, the platform, SQL driver, TLS, image-format and
# print-support plugins and Qt's zh_CN/en translations next to the installed jiayi.exe.
find_program(JIAYI_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
install(CODE "
    execute_process(COMMAND \"${JIAYI_WINDEPLOYQT}\" --release --no-compiler-runtime
            --no-opengl-sw --no-system-d3d-compiler --translations zh_CN,en
            --dir \"\${CMAKE_INSTALL_PREFIX}/bin\"
            \"\${CMAKE_INSTALL_PREFIX}/bin/jiayi.exe\" \"\${CMAKE_INSTALL_PREFIX}/bin/jiayi-cli.exe\"
        COMMAND_ERROR_IS_FATAL ANY)
")
