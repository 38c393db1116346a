// SPDX-License-Identifier: ISC
// Atomic output files.

#include "output_files.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>

namespace claimgraph {

namespace fs = std::filesystem;

bool write_file_atomically(const std::string& path, const std::string& content,
                           Diagnostics& diag) {
  if (path == "-") {
    std::cout.write(content.data(), static_cast<std::streamsize>(content.size()));
    std::cout.flush();
    if (!std::cout) {
      diag.error({"<stdout>", 0, 0}, "write error");
      return false;
    }
    return true;
  }
  std::error_code ec;
  const fs::path target(path);
  if (target.has_parent_path()) fs::create_directories(target.parent_path(), ec);
  // Character devices (/dev/null, /dev/full) cannot be renamed onto.
  const bool device = fs::exists(target, ec) && !fs::is_regular_file(target, ec);
  const std::string tmp = device ? path : path + ".tmp." + std::to_string(::getpid());
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) {
    diag.error({path, 0, 0}, std::string("cannot write: ") + std::strerror(errno));
    return false;
  }
  const std::size_t n = std::fwrite(content.data(), 1, content.size(), f);
  const int flush = std::fflush(f);
  const int err = errno;
  const int closed = std::fclose(f);
  if (n != content.size() || flush != 0 || closed != 0) {
    diag.error({path, 0, 0}, std::string("write error: ") + std::strerror(err ? err : EIO));
    if (!device) std::remove(tmp.c_str());
    return false;
  }
  if (!device && std::rename(tmp.c_str(), path.c_str()) != 0) {
    diag.error({path, 0, 0}, std::string("cannot rename temporary file: ") + std::strerror(errno));
    std::remove(tmp.c_str());
    return false;
  }
  return true;
}

}  // namespace claimgraph
