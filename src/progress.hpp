// SPDX-License-Identifier: ISC
// Progress of long runs on stderr: "12/40 articles (30%), 3.1/s, ETA 0:09".
// The core never calls this; the CLI passes Progress::advance to its loops
// as a callback. Nothing is printed when the mode is off.
#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>
#include <ostream>
#include <string>
#include <string_view>

namespace claimgraph {

/// off: silent. terminal: one line rewritten in place (\r). lines: a plain
/// line at most once a second and at the end (for logs, with --verbose).
enum class ProgressMode { off, terminal, lines };

/// --quiet wins; a terminal gets the live line; --verbose gets lines elsewhere.
ProgressMode progress_mode(bool quiet, bool verbose, bool is_terminal);

/// True when standard error is a terminal (isatty).
bool stderr_is_terminal();

/// "12/40 articles (30%), 3.1/s, ETA 0:09"; the rate and ETA are left out
/// until something is done; the ETA is h:mm:ss from an hour on.
std::string format_progress(std::size_t done, std::size_t total, double seconds,
                            std::string_view unit);

/// Counts finished units and shows the count; advance() may be called from
/// any thread.
class Progress {
 public:
  Progress(std::ostream& out, ProgressMode mode, std::string unit, std::size_t total);
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;
  ~Progress();
  void advance(std::size_t n = 1);
  /// Clears the live line (terminal) or prints the last line (lines); idempotent.
  void finish();

 private:
  using Clock = std::chrono::steady_clock;
  void show(Clock::time_point now);
  std::ostream& out_;
  ProgressMode mode_;
  std::string unit_;
  std::size_t total_;
  std::size_t done_ = 0;
  bool shown_ = false;
  bool finished_ = false;
  Clock::time_point start_ = Clock::now();
  Clock::time_point last_{};
  std::mutex mutex_;
};

}  // namespace claimgraph
