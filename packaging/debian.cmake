# SPDX-License-Identifier: BSD-3-Clause
# SPDX-FileCopyrightText: 2026 OOM Lens developers

# The .deb: `cpack -G DEB` in a build tree (packaging/test-deb-install.sh does it and installs
# the result into a fresh Debian root). Library dependencies are computed by dpkg-shlibdeps
# from the installed ELF files; what is loaded at run time (QML modules, Qt plugins) comes
# from runtime-packages.txt, the list scripts/setup.sh installs too.

# runtime-packages.txt: "<package> <depends|recommends>  # why" per line.
file(STRINGS "${CMAKE_CURRENT_SOURCE_DIR}/runtime-packages.txt" oomlens_runtime_lines ENCODING UTF-8)
set(oomlens_deb_depends "")
set(oomlens_deb_recommends "")
foreach(line IN LISTS oomlens_runtime_lines)
    string(REGEX REPLACE "#.*" "" line "${line}")
    string(STRIP "${line}" line)
    if(line STREQUAL "")
        continue()
    endif()
    if(NOT line MATCHES "^([a-z0-9][a-z0-9.+-]+)[ \t]+(depends|recommends)$")
        message(FATAL_ERROR "runtime-packages.txt: cannot read \"${line}\"")
    endif()
    list(APPEND oomlens_deb_${CMAKE_MATCH_2} "${CMAKE_MATCH_1}")
endforeach()

# Without the GUI in this build, the QML modules would be dependencies of nothing.
if(NOT TARGET oomlens)
    set(oomlens_deb_depends "")
    set(oomlens_deb_recommends "")
endif()
list(JOIN oomlens_deb_depends ", " oomlens_deb_depends)
list(JOIN oomlens_deb_recommends ", " oomlens_deb_recommends)

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "oomlens")
set(CPACK_PACKAGE_VENDOR "OOM Lens developers")
set(CPACK_PACKAGE_CONTACT "OOM Lens developers <oomlens@users.noreply.github.com>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "explains why Linux ran out of memory and helps fix it")
set(CPACK_PACKAGE_DESCRIPTION
    "OOM Lens reads the kernel's out-of-memory reports on the live system or in logs copied\n"
    "from a server (plain, compressed, journal files, sosreport and supportconfig bundles)\n"
    "and explains each incident: the victim, the causes with their evidence, zone\n"
    "watermarks, buddy free lists, cgroup limits and the OOM Killer's ranking. It includes\n"
    "the oomlens-cli command for scripts and, when built, the desktop application and the\n"
    "polkit-authorized helper that applies reversible fixes.")
string(JOIN "" CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT") # oomlens_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/oomlens/oomlens")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${oomlens_deb_depends}")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "${oomlens_deb_recommends}")
# Directories such as /usr/share/man are owned by other packages: no stricter modes than
# Debian's own (0755 directories) end up in the archive.
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
