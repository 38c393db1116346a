// SPDX-License-Identifier: ISC
// The re-execution described in huge_pages.hpp.

#include "huge_pages.hpp"

#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <string>

namespace claimgraph {

void use_huge_pages(char** argv) {
#if defined(__linux__) && defined(__GLIBC__)
  const char* off = std::getenv("CLAIMGRAPH_HUGEPAGES");
  if (off && std::strcmp(off, "0") == 0) return;
  const char* tunables = std::getenv("GLIBC_TUNABLES");
  if (tunables && std::strstr(tunables, "glibc.malloc.hugetlb")) return;  // set, or re-executed
  std::string value = tunables && *tunables ? std::string(tunables) + ":" : std::string();
  value += "glibc.malloc.hugetlb=1";
  if (::setenv("GLIBC_TUNABLES", value.c_str(), 1) != 0) return;
  ::execv("/proc/self/exe", argv);
  // No /proc, or exec refused: run as we are, without the tunable.
  if (tunables) ::setenv("GLIBC_TUNABLES", tunables, 1);
  else ::unsetenv("GLIBC_TUNABLES");
#else
  (void)argv;
#endif
}

}  // namespace claimgraph
