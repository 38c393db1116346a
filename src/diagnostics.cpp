// SPDX-License-Identifier: ISC
// Diagnostics collection, GNU-style printing and the byte → line:col index.

#include "diagnostics.hpp"

#include <algorithm>

#include "text.hpp"

namespace claimgraph {

void Diagnostics::report(Severity severity, Location where,
                         std::string message) {
  if (severity == Severity::error) ++errors_;
  items_.push_back({severity, std::move(where), std::move(message)});
}

void Diagnostics::append(Diagnostics&& other) {
  for (auto& d : other.items_) items_.push_back(std::move(d));
  errors_ += other.errors_;
  other.items_.clear();
  other.errors_ = 0;
}

std::ostream& operator<<(std::ostream& out, const Diagnostic& d) {
  static constexpr const char* names[] = {"note", "warning", "error"};
  if (!d.where.file.empty()) {
    out << d.where.file << ':';
    if (d.where.line > 0) {
      out << d.where.line << ':';
      if (d.where.column > 0) out << d.where.column << ':';
    }
    out << ' ';
  } else {
    out << "claimgraph: ";
  }
  return out << names[static_cast<int>(d.severity)] << ": " << d.message;
}

LineIndex::LineIndex(const std::string& text) : text_(&text) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') line_starts_.push_back(i + 1);
  }
}

Location LineIndex::locate(const std::string& file, std::size_t offset) const {
  offset = std::min(offset, text_->size());
  const auto it =
      std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const std::size_t line = static_cast<std::size_t>(it - line_starts_.begin());
  const std::size_t start = line_starts_[line - 1];
  const std::size_t column =
      count_code_points(std::string_view(*text_).substr(start, offset - start)) +
      1;
  return {file, line, column};
}

}  // namespace claimgraph
