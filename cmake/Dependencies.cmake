# Third-party libraries, all from Debian packages (scripts/setup installs them).
find_package(fmt REQUIRED)
find_package(nlohmann_json REQUIRED)
find_package(yaml-cpp REQUIRED)
find_package(CLI11 QUIET CONFIG)
if(NOT TARGET CLI11::CLI11)
  find_path(CLI11_INCLUDE_DIR CLI/CLI.hpp REQUIRED)
  add_library(CLI11::CLI11 INTERFACE IMPORTED)
  target_include_directories(CLI11::CLI11 INTERFACE ${CLI11_INCLUDE_DIR})
endif()

# libpg_query ships no pkg-config or CMake file; its .so embeds protobuf-c, whose header
# (libprotobuf-c-dev) is needed for pg_query.pb-c.h. Do not link -lprotobuf-c as well.
find_path(PG_QUERY_INCLUDE_DIR pg_query.h REQUIRED)
find_path(PROTOBUF_C_INCLUDE_DIR protobuf-c/protobuf-c.h REQUIRED)
find_library(PG_QUERY_LIBRARY NAMES pg_query REQUIRED)
add_library(sf::pg_query INTERFACE IMPORTED)
target_include_directories(sf::pg_query INTERFACE ${PG_QUERY_INCLUDE_DIR} ${PROTOBUF_C_INCLUDE_DIR})
target_link_libraries(sf::pg_query INTERFACE ${PG_QUERY_LIBRARY})

if(SF_BUILD_TESTS)
  find_package(GTest REQUIRED)
endif()
if(SF_BUILD_BENCH)
  find_package(benchmark REQUIRED)
endif()

# Graphviz's layout and rendering library (libgraphviz-dev), for SVG/PNG diagrams in-process.
find_package(PkgConfig REQUIRED)
pkg_check_modules(GVC REQUIRED IMPORTED_TARGET libgvc)
