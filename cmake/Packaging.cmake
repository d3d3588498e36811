# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 OneStreet developers
# OneStreet as a desktop program: the icon and the user guide compiled into the window; the
# files a desktop installs (desktop entry, hicolor icons, AppStream metainfo, licence); the
# Debian package (`cpack -G DEB` in the build folder, or the `package` target); the tests that
# check them (CTest label `package`).
include(GNUInstallDirs)

# The reverse-DNS name the desktop knows the program by: the desktop entry, the icon, the
# metainfo and the window (QGuiApplication::desktopFileName) all use it.
set(ONESTREET_APP_ID "org.onestreet.OneStreet")
set(ONESTREET_EXECUTABLE onestreet)
set(ONESTREET_ICON_SIZES 16 22 24 32 48 64 128 256 512)

# ---- Compiled into the program ------------------------------------------------------------
set(ONESTREET_WINDOW_ICONS)
foreach(size 16 24 32 48 64 128 256)
    list(APPEND ONESTREET_WINDOW_ICONS ${PROJECT_SOURCE_DIR}/resources/icons/png/onestreet-${size}.png)
endforeach()
qt_add_resources(onestreet_ui icons PREFIX /icons BASE ${PROJECT_SOURCE_DIR}/resources/icons/png
    FILES ${ONESTREET_WINDOW_ICONS})
# The guide: resources/help/<language>/<topic>.html and the screenshots beside them.
file(GLOB_RECURSE ONESTREET_HELP_FILES CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/resources/help/*.html ${PROJECT_SOURCE_DIR}/resources/help/*.png)
if(ONESTREET_HELP_FILES)
    qt_add_resources(onestreet_ui help PREFIX /help BASE ${PROJECT_SOURCE_DIR}/resources/help
        FILES ${ONESTREET_HELP_FILES})
endif()
target_compile_definitions(onestreet_ui PRIVATE ONESTREET_APP_ID="${ONESTREET_APP_ID}")

# ---- Installed ----------------------------------------------------------------------------
# The executable installs from app/CMakeLists.txt (install(TARGETS onestreet)).
set(ONESTREET_DESKTOP_FILE ${PROJECT_BINARY_DIR}/desktop/${ONESTREET_APP_ID}.desktop)
set(ONESTREET_METAINFO_FILE ${PROJECT_BINARY_DIR}/desktop/${ONESTREET_APP_ID}.metainfo.xml)
configure_file(${PROJECT_SOURCE_DIR}/resources/desktop/onestreet.desktop.in ${ONESTREET_DESKTOP_FILE} @ONLY)
configure_file(${PROJECT_SOURCE_DIR}/resources/desktop/onestreet.metainfo.xml.in ${ONESTREET_METAINFO_FILE} @ONLY)
install(FILES ${ONESTREET_DESKTOP_FILE} DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${ONESTREET_METAINFO_FILE} DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
foreach(size ${ONESTREET_ICON_SIZES})
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/png/onestreet-${size}.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME ${ONESTREET_APP_ID}.png)
endforeach()
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/onestreet.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${ONESTREET_APP_ID}.svg)
# Debian keeps a package's licence as /usr/share/doc/<package>/copyright.
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/onestreet RENAME copyright)

# ---- The Debian package -------------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME onestreet)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "OneStreet developers")
# Debian requires a maintainer; pass the real address when building a package to hand out.
set(ONESTREET_PACKAGE_CONTACT "OneStreet developers <onestreet@localhost>" CACHE STRING
    "Maintainer of the Debian package (name <email>)")
set(CPACK_PACKAGE_CONTACT "${ONESTREET_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "One Street, One Social Worker (一街一社工) project management")
# The package's long description (CPack puts the summary above it and indents it for Debian).
set(CPACK_PACKAGE_DESCRIPTION "OneStreet keeps the records of a social-work agency that runs government-purchased \
One Street, One Social Worker projects: contracts and posts, placements with handover notes, attendance, work logs, \
activities, supervision, evaluations with printable sheets, and funding. Chinese first, English second; the records \
are kept in one local SQLite file.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # onestreet_<version>_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
# The libraries the executable links come from dpkg-shlibdeps; Qt's plugins are loaded at run
# time and invisible to it: the SQLite driver is needed to open any file.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# A Chinese font for the window and the printed sheets, Qt's own dialogs in Chinese, Wayland.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, qt6-translations-l10n, qt6-wayland")
include(CPack)

# ---- Tests --------------------------------------------------------------------------------
if(BUILD_TESTING)
    # The desktop entry and the metainfo as a desktop and a software centre read them.
    add_test(NAME package_metadata
        COMMAND sh ${PROJECT_SOURCE_DIR}/tests/package/test_metadata.sh
            ${PROJECT_BINARY_DIR} ${ONESTREET_APP_ID} ${PROJECT_VERSION})
    # Builds the .deb, installs it with apt-get, runs the installed program, removes it.
    add_test(NAME package_install
        COMMAND sh ${PROJECT_SOURCE_DIR}/tests/package/test_package.sh
            ${PROJECT_BINARY_DIR} ${CMAKE_CPACK_COMMAND} ${ONESTREET_APP_ID} ${PROJECT_VERSION})
    set_tests_properties(package_metadata package_install PROPERTIES LABELS package SKIP_RETURN_CODE 77)
    # apt-get and dpkg take a machine-wide lock, and the test changes /usr.
    set_tests_properties(package_install PROPERTIES RUN_SERIAL TRUE TIMEOUT 900)
endif()
