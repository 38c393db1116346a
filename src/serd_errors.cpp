// SPDX-License-Identifier: ISC
// Serd error sink → Diagnostics.

#include "serd_errors.hpp"

#include <cstdarg>
#include <cstdio>

namespace claimgraph {

SerdStatus collect_serd_error(void* handle, const SerdError* error) {
  auto* c = static_cast<SerdErrorCollector*>(handle);
  char buf[512];
  va_list args;
  va_copy(args, *error->args);
  std::vsnprintf(buf, sizeof buf, error->fmt, args);
  va_end(args);
  std::string message(buf);
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) {
    message.pop_back();
  }
  // Serd counts columns from 0 after a newline; ours start at 1.
  c->diag->error({c->file, error->line, error->col + 1}, message);
  ++c->count;
  return SERD_SUCCESS;
}

}  // namespace claimgraph
