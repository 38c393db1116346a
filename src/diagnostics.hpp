// SPDX-License-Identifier: ISC
// Located problems (file:line:col) collected by every stage; the CLI prints
// them in one place. The core never prints and never exits.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

namespace claimgraph {

/// A place in an input. Line and column start at 1; the column counts
/// Unicode code points, not bytes. Line 0 means "the whole file".
struct Location {
  std::string file;
  std::size_t line = 0;
  std::size_t column = 0;
};

enum class Severity { note, warning, error };

/// One problem, formatted GNU-style by operator<<.
struct Diagnostic {
  Severity severity = Severity::error;
  Location where;
  std::string message;
};

/// Collects problems so a stage can report them all and keep going.
class Diagnostics {
 public:
  void report(Severity severity, Location where, std::string message);
  void error(Location where, std::string message) {
    report(Severity::error, std::move(where), std::move(message));
  }
  void warning(Location where, std::string message) {
    report(Severity::warning, std::move(where), std::move(message));
  }
  bool has_errors() const { return errors_ > 0; }
  std::size_t error_count() const { return errors_; }
  const std::vector<Diagnostic>& all() const { return items_; }
  /// Moves another collection's items into this one (parallel runs).
  void append(Diagnostics&& other);

 private:
  std::vector<Diagnostic> items_;
  std::size_t errors_ = 0;
};

/// Prints `file:12:7: error: message` (line and column omitted when 0).
std::ostream& operator<<(std::ostream& out, const Diagnostic& d);

/// Maps byte offsets of a text to 1-based line and code-point column.
class LineIndex {
 public:
  explicit LineIndex(const std::string& text);
  /// The location of byte `offset` in the text this index was built on.
  Location locate(const std::string& file, std::size_t offset) const;

 private:
  const std::string* text_;
  std::vector<std::size_t> line_starts_;
};

}  // namespace claimgraph
