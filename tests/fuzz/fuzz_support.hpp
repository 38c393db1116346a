// SPDX-License-Identifier: ISC
// Shared by the fuzz targets: the shipped ontology and mappings, loaded once
// per process; a private temporary directory removed at exit; and CHECK,
// which aborts with a message so libFuzzer records the input as a crash.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "../shipped_resources.hpp"

/// Aborts (a finding) when an invariant of the code under test fails.
#define CHECK(cond, what)                                                   \
  do {                                                                      \
    if (!(cond)) {                                                          \
      std::fprintf(stderr, "fuzz invariant failed: %s: %s\n", #cond,        \
                   std::string(what).c_str());                              \
      std::abort();                                                         \
    }                                                                       \
  } while (false)

namespace claimgraph::fuzz {

/// A file of the source tree (ontology/, mappings/, examples/).
inline std::string data_path(const std::string& rel) {
  return std::string(CLAIMGRAPH_DATA_DIR) + "/" + rel;
}

using testing::Shipped;

/// The shipped ontology, mappings and resources, loaded once; a failure to
/// load them aborts (it is not a finding about the input).
inline const Shipped& shipped() {
  static const Shipped s = [] {
    try {
      return testing::load_shipped(CLAIMGRAPH_DATA_DIR);
    } catch (const std::exception& e) {
      CHECK(false, e.what());
      throw;
    }
  }();
  return s;
}

/// A directory private to this process, removed when it exits.
inline const std::string& temp_dir() {
  static const std::string dir = [] {
    const char* tmp = std::getenv("TMPDIR");
    std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/claimgraph-fuzz-XXXXXX";
    CHECK(::mkdtemp(pattern.data()) != nullptr, "mkdtemp " + pattern);
    static const std::string removed = pattern;
    std::atexit([] {
      std::error_code ec;
      std::filesystem::remove_all(removed, ec);
    });
    return pattern;
  }();
  return dir;
}

/// Replaces the content of `path` with `size` bytes at `data`.
inline void write_bytes(const std::string& path, const uint8_t* data, size_t size) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  CHECK(out.good(), "writing " + path);
}

}  // namespace claimgraph::fuzz
