// SPDX-License-Identifier: ISC
// JSON reading with located diagnostics.

#include "json_util.hpp"

#include <fstream>
#include <sstream>

namespace claimgraph {

std::optional<nlohmann::json> parse_json_text(const std::string& whole,
                                              std::size_t base,
                                              std::size_t length,
                                              const std::string& file,
                                              Diagnostics& diag) {
  try {
    return nlohmann::json::parse(whole.begin() + static_cast<std::ptrdiff_t>(base),
                                 whole.begin() + static_cast<std::ptrdiff_t>(base + length));
  } catch (const nlohmann::json::parse_error& e) {
    // e.byte is 1-based and points just past the offending character.
    const std::size_t at = base + (e.byte > 0 ? e.byte - 1 : 0);
    std::string what = e.what();
    const auto cut = what.find("parse error");
    if (cut != std::string::npos) what = what.substr(cut);
    const auto colon = what.find(": ");
    if (colon != std::string::npos) what = what.substr(colon + 2);
    diag.error(LineIndex(whole).locate(file, at), "invalid JSON: " + what);
    return std::nullopt;
  }
}

std::optional<nlohmann::json> read_json_file(const std::string& path,
                                             Diagnostics& diag) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diag.error({path, 0, 0}, "cannot open file");
    return std::nullopt;
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  const std::string text = buf.str();
  return parse_json_text(text, 0, text.size(), path, diag);
}

bool check_keys(const nlohmann::json& object,
                const std::vector<std::string>& allowed,
                const std::string& file, const std::string& pointer_in,
                Diagnostics& diag) {
  const std::string pointer = pointer_in.empty() ? "/" : pointer_in;
  if (!object.is_object()) {
    diag.error({file, 0, 0}, "in " + pointer + ": expected an object, found " +
                                 std::string(object.type_name()));
    return false;
  }
  bool ok = true;
  for (const auto& item : object.items()) {
    bool known = false;
    for (const auto& a : allowed) known = known || a == item.key();
    if (!known) {
      std::string expected;
      for (const auto& a : allowed) expected += (expected.empty() ? "\"" : ", \"") + a + "\"";
      diag.error({file, 0, 0}, "in " + pointer + ": unknown key \"" + item.key() +
                                   "\"; expected one of " + expected);
      ok = false;
    }
  }
  return ok;
}

std::string get_string(const nlohmann::json& object, const std::string& key,
                       const std::string& file, const std::string& pointer,
                       Diagnostics& diag) {
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) return "";
  if (!it->is_string()) {
    diag.error({file, 0, 0}, "in " + pointer + "/" + key + ": expected a string, found " +
                                 std::string(it->type_name()));
    return "";
  }
  return it->get<std::string>();
}

std::vector<std::string> get_strings(const nlohmann::json& object,
                                     const std::string& key,
                                     const std::string& file,
                                     const std::string& pointer,
                                     Diagnostics& diag) {
  std::vector<std::string> out;
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) return out;
  if (it->is_string()) return {it->get<std::string>()};
  if (!it->is_array()) {
    diag.error({file, 0, 0}, "in " + pointer + "/" + key +
                                 ": expected an array of strings, found " +
                                 std::string(it->type_name()));
    return out;
  }
  for (std::size_t i = 0; i < it->size(); ++i) {
    const auto& v = (*it)[i];
    if (!v.is_string()) {
      diag.error({file, 0, 0}, "in " + pointer + "/" + key + "/" + std::to_string(i) +
                                   ": expected a string, found " + std::string(v.type_name()));
      continue;
    }
    out.push_back(v.get<std::string>());
  }
  return out;
}

}  // namespace claimgraph
