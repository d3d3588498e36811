# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 OneStreet developers
#
# The layering core -> core/io -> ui -> app is a build rule, not a convention:
#
#   onestreet_layer(TARGET <target> PREFIX <include prefix> [RECURSE]
#                   SOURCES <file.cpp>... HEADERS <file.h>... [OTHERS <file>...])
#
# adds SOURCES and HEADERS (relative to the calling CMakeLists.txt) to <target>, and links each
# header into ${CMAKE_BINARY_DIR}/include/<target>/<prefix>/ (a copy where symlinks fail). That
# directory, and not the repository root, is the target's PUBLIC include directory, so a target
# sees exactly the headers of itself and of what it links: core sees core/..., io sees core/...
# and core/io/..., ui adds ui/..., app sees everything. An include upwards (core including
# "ui/...") is a compile error.
#
# Every .cpp and .h in the directory (and its subdirectories with RECURSE) must be listed, as a
# source, a header, or in OTHERS (files there that belong to another target, e.g. app/main.cpp):
# a file left out stops the configure step instead of silently not being built.
include_guard(GLOBAL)

function(onestreet_layer)
    cmake_parse_arguments(PARSE_ARGV 0 L "RECURSE" "TARGET;PREFIX" "SOURCES;HEADERS;OTHERS")
    if(NOT L_TARGET OR NOT L_PREFIX)
        message(FATAL_ERROR "onestreet_layer: TARGET and PREFIX are required")
    endif()
    if(L_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "onestreet_layer(${L_TARGET}): unknown arguments ${L_UNPARSED_ARGUMENTS}")
    endif()
    set(dir ${CMAKE_CURRENT_SOURCE_DIR})
    file(RELATIVE_PATH reldir ${PROJECT_SOURCE_DIR} ${dir})

    # A file in the directory that is not listed is a configure error (CONFIGURE_DEPENDS: adding
    # a file re-runs the configure step, which then fails here).
    if(L_RECURSE)
        file(GLOB_RECURSE found RELATIVE ${dir} CONFIGURE_DEPENDS ${dir}/*.cpp ${dir}/*.h)
    else()
        file(GLOB found RELATIVE ${dir} CONFIGURE_DEPENDS ${dir}/*.cpp ${dir}/*.h)
    endif()
    set(listed ${L_SOURCES} ${L_HEADERS} ${L_OTHERS})
    foreach(file IN LISTS found)
        if(NOT file IN_LIST listed)
            message(FATAL_ERROR "${reldir}/${file} is not listed in ${reldir}/CMakeLists.txt "
                "(onestreet_layer(TARGET ${L_TARGET}): add it to SOURCES, HEADERS or OTHERS)")
        endif()
    endforeach()
    foreach(file IN LISTS listed)
        if(NOT EXISTS ${dir}/${file})
            message(FATAL_ERROR "${reldir}/CMakeLists.txt lists ${file}, which does not exist")
        endif()
    endforeach()

    list(TRANSFORM L_SOURCES PREPEND ${dir}/ OUTPUT_VARIABLE sources)
    list(TRANSFORM L_HEADERS PREPEND ${dir}/ OUTPUT_VARIABLE headers)
    target_sources(${L_TARGET} PRIVATE ${sources} ${headers})
    # For the translations (lupdate) and anything else that wants the files of a layer.
    set_property(TARGET ${L_TARGET} APPEND PROPERTY ONESTREET_LAYER_FILES ${sources} ${headers})

    # The public include directory: links to the listed headers only. Links no longer listed
    # are removed; existing ones are left alone (so their time stamps do not trigger rebuilds).
    set(include_root ${CMAKE_BINARY_DIR}/include/${L_TARGET})
    set(include_dir ${include_root}/${L_PREFIX})
    set(wanted)
    foreach(header IN LISTS L_HEADERS)
        list(APPEND wanted ${include_dir}/${header})
    endforeach()
    file(GLOB_RECURSE present LIST_DIRECTORIES false ${include_root}/*)
    foreach(file IN LISTS present)
        if(NOT file IN_LIST wanted)
            file(REMOVE ${file})
        endif()
    endforeach()
    foreach(header IN LISTS L_HEADERS)
        set(link ${include_dir}/${header})
        if(IS_SYMLINK ${link})
            continue()
        endif()
        get_filename_component(link_dir ${link} DIRECTORY)
        file(MAKE_DIRECTORY ${link_dir})
        file(CREATE_LINK ${dir}/${header} ${link} RESULT failed SYMBOLIC)
        if(failed)
            # No symlinks (e.g. Windows without the privilege): a copy, refreshed by
            # configure_file whenever the header changes.
            configure_file(${dir}/${header} ${link} COPYONLY)
        endif()
    endforeach()

    target_include_directories(${L_TARGET} PUBLIC $<BUILD_INTERFACE:${include_root}>)
    if(L_RECURSE)
        # Includes relative to the layer's root ("pages/attendancepage.h" from ui/pages/...);
        # private, and only for a layer whose subdirectories all belong to it (core's do not:
        # core/io is its own layer).
        target_include_directories(${L_TARGET} PRIVATE ${dir})
    endif()
endfunction()
