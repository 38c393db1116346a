// SPDX-License-Identifier: ISC
// Reading JSON files with located errors: parse errors become file:line:col
// diagnostics; schema errors name the JSON pointer and what was expected.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "diagnostics.hpp"

namespace claimgraph {

/// Reads and parses a whole JSON file; reports and returns nullopt on error.
std::optional<nlohmann::json> read_json_file(const std::string& path,
                                             Diagnostics& diag);

/// Parses JSON text that came from `file` starting at byte `base` of
/// `whole` (so JSON Lines errors point into the right line).
std::optional<nlohmann::json> parse_json_text(const std::string& whole,
                                              std::size_t base,
                                              std::size_t length,
                                              const std::string& file,
                                              Diagnostics& diag);

/// Checks that every key of `object` is in `allowed`; reports the others.
bool check_keys(const nlohmann::json& object,
                const std::vector<std::string>& allowed,
                const std::string& file, const std::string& pointer,
                Diagnostics& diag);

/// A string member, or "" when absent; reports a wrong type.
std::string get_string(const nlohmann::json& object, const std::string& key,
                       const std::string& file, const std::string& pointer,
                       Diagnostics& diag);

/// An array of strings (a lone string counts as one); reports wrong types.
std::vector<std::string> get_strings(const nlohmann::json& object,
                                     const std::string& key,
                                     const std::string& file,
                                     const std::string& pointer,
                                     Diagnostics& diag);

}  // namespace claimgraph
