// SPDX-License-Identifier: ISC
// Command line → Config. Prints --help and --version itself.
#pragma once

#include <optional>

#include "config.hpp"

namespace claimgraph {

/// Parses argv. Returns nullopt after printing help or version; throws
/// boost::program_options::error (or std::invalid_argument) on misuse.
std::optional<Config> parse_command_line(int argc, const char* const* argv);

}  // namespace claimgraph
