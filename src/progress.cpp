// SPDX-License-Identifier: ISC
// Throttled progress printing; format_progress is the pure part.

#include "progress.hpp"

#include <unistd.h>

#include <cmath>
#include <cstdio>

namespace claimgraph {

namespace {

std::string clock_text(double seconds) {
  const auto s = static_cast<long long>(std::llround(seconds));
  char buf[32];
  if (s >= 3600) {
    std::snprintf(buf, sizeof buf, "%lld:%02lld:%02lld", s / 3600, s / 60 % 60, s % 60);
  } else {
    std::snprintf(buf, sizeof buf, "%lld:%02lld", s / 60, s % 60);
  }
  return buf;
}

}  // namespace

ProgressMode progress_mode(bool quiet, bool verbose, bool is_terminal) {
  if (quiet) return ProgressMode::off;
  if (is_terminal) return ProgressMode::terminal;
  return verbose ? ProgressMode::lines : ProgressMode::off;
}

bool stderr_is_terminal() { return isatty(STDERR_FILENO) == 1; }

std::string format_progress(std::size_t done, std::size_t total, double seconds,
                            std::string_view unit) {
  std::string out = std::to_string(done);
  if (total > 0) {
    out += '/' + std::to_string(total) + ' ' + std::string(unit) + " (" +
           std::to_string(done * 100 / total) + "%)";
  } else {
    out += ' ' + std::string(unit);
  }
  if (done == 0 || seconds <= 0.0) return out;
  const double rate = static_cast<double>(done) / seconds;
  char buf[32];
  std::snprintf(buf, sizeof buf, rate < 10 ? "%.1f/s" : "%.0f/s", rate);
  out += ", " + std::string(buf);
  if (total > done) out += ", ETA " + clock_text(static_cast<double>(total - done) / rate);
  else if (total > 0) out += ", " + clock_text(seconds);
  return out;
}

Progress::Progress(std::ostream& out, ProgressMode mode, std::string unit, std::size_t total)
    : out_(out), mode_(mode), unit_(std::move(unit)), total_(total) {}

Progress::~Progress() { finish(); }

void Progress::advance(std::size_t n) {
  if (mode_ == ProgressMode::off) return;
  const std::lock_guard<std::mutex> lock(mutex_);
  done_ += n;
  const auto now = Clock::now();
  const auto every = mode_ == ProgressMode::terminal ? std::chrono::milliseconds(100)
                                                     : std::chrono::milliseconds(1000);
  if (!shown_ || now - last_ >= every) show(now);
}

void Progress::show(Clock::time_point now) {
  last_ = now;
  shown_ = true;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const std::string text = "claimgraph: " + format_progress(done_, total_, seconds, unit_);
  if (mode_ == ProgressMode::terminal) {
    out_ << '\r' << text << "\x1b[K" << std::flush;  // erase what a longer line left
  } else {
    out_ << text << '\n' << std::flush;
  }
}

void Progress::finish() {
  const std::lock_guard<std::mutex> lock(mutex_);
  if (finished_ || mode_ == ProgressMode::off) return;
  finished_ = true;
  if (mode_ == ProgressMode::terminal) {
    if (shown_) out_ << "\r\x1b[K" << std::flush;
  } else {
    show(Clock::now());
  }
}

}  // namespace claimgraph
