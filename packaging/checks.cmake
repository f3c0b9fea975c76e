# SPDX-License-Identifier: BSD-3-Clause
# SPDX-FileCopyrightText: 2026 OOM Lens developers

# CI checks of the packaging with the tools a Debian machine has (scripts/setup.sh installs
# them). A missing tool makes its test SKIP (exit 77) with the install command.
find_package(Python3 COMPONENTS Interpreter)

add_test(NAME desktop_file_validate
    COMMAND sh "${CMAKE_CURRENT_SOURCE_DIR}/validate-metadata.sh" desktop "${OOMLENS_DESKTOP_FILE}")
add_test(NAME appstream_validate
    COMMAND sh "${CMAKE_CURRENT_SOURCE_DIR}/validate-metadata.sh" appstream "${OOMLENS_METAINFO_FILE}")
set_tests_properties(desktop_file_validate appstream_validate PROPERTIES SKIP_RETURN_CODE 77)

if(Python3_FOUND)
    add_test(NAME packaging_metadata
        COMMAND Python3::Interpreter "${CMAKE_CURRENT_SOURCE_DIR}/check-metadata.py"
                "${CMAKE_CURRENT_SOURCE_DIR}" "${OOMLENS_APP_ID}" "${PROJECT_VERSION}"
                ${OOMLENS_LANGUAGES})
    add_test(NAME flatpak_manifest
        COMMAND Python3::Interpreter "${CMAKE_CURRENT_SOURCE_DIR}/check-flatpak-manifest.py"
                --self-test "${OOMLENS_FLATPAK_MANIFEST}" "${OOMLENS_APP_ID}")
    set_tests_properties(flatpak_manifest PROPERTIES SKIP_RETURN_CODE 77)
else()
    message(WARNING "python3 not found: packaging_metadata and flatpak_manifest are not tested "
                    "(Debian: apt-get install python3 python3-yaml)")
endif()

add_test(NAME install_layout
    COMMAND sh "${CMAKE_CURRENT_SOURCE_DIR}/check-install-layout.sh" "${CMAKE_BINARY_DIR}"
            "${OOMLENS_APP_ID}" "$<TARGET_EXISTS:oomlens>" "$<TARGET_EXISTS:oomlens-helper>"
            "$<TARGET_EXISTS:oomlens-hostgather>")
