// SPDX-License-Identifier: ISC
// File discovery and reading.

#include "input_files.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "article_reader.hpp"
#include "mappings.hpp"
#include "segmenter.hpp"
#include "text.hpp"

namespace claimgraph {

namespace fs = std::filesystem;

namespace {

bool readable_extension(const fs::path& p) {
  const std::string ext = p.extension().string();
  return ext == ".txt" || ext == ".json" || ext == ".jsonl" || ext == ".ndjson";
}

bool read_all(const std::string& path, std::string& out, Diagnostics& diag) {
  if (path == "-") {
    std::ostringstream buf;
    buf << std::cin.rdbuf();
    out = buf.str();
    return true;
  }
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    diag.error({path, 0, 0}, "is a directory");
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diag.error({path, 0, 0}, "cannot open file: " + std::string(std::strerror(errno)));
    return false;
  }
  try {
    out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  } catch (const std::ios_base::failure& e) {
    // libstdc++'s filebuf throws when read(2) fails (EIO), whatever the
    // stream's exception mask (tests/robustness: unreadable-file-eio).
    diag.error({path, 0, 0}, "read error: " + e.code().message());
    return false;
  }
  if (in.bad()) {
    diag.error({path, 0, 0}, "read error");
    return false;
  }
  return true;
}

}  // namespace

WorkItem to_work_item(InputRecord record, const std::string& source, const Mappings& m) {
  WorkItem w;
  record.article.source = source;
  w.extract = record.has_text && record.statements.empty();
  if (w.extract) mark_boilerplate(record.article, m);
  w.record = std::move(record);
  return w;
}

std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs,
                                       Diagnostics& diag) {
  std::vector<std::string> out;
  for (const std::string& in : inputs) {
    if (in == "-") {
      out.push_back(in);
      continue;
    }
    std::error_code ec;
    const auto status = fs::status(in, ec);
    if (ec || !fs::exists(status)) {
      // A link loop (ELOOP) or a denied directory is not a missing file.
      diag.error({in, 0, 0}, ec && ec != std::errc::no_such_file_or_directory
                                 ? "cannot open file: " + ec.message()
                                 : "no such file or directory");
      continue;
    }
    if (!fs::is_directory(status)) {
      out.push_back(in);
      continue;
    }
    // Symbolic links are not followed, so a link loop cannot trap us.
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(in, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      const fs::path& p = it->path();
      if (p.filename().string().rfind('.', 0) == 0) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      // An entry whose type cannot be read (a link loop) goes to the reader,
      // which says why it cannot open it; the listing goes on.
      std::error_code entry;
      const bool regular = it->is_regular_file(entry);
      if ((regular || entry) && readable_extension(p)) found.push_back(p.string());
    }
    if (ec) diag.error({in, 0, 0}, "cannot list directory: " + ec.message());
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

std::vector<WorkItem> read_input(const std::string& path, const Mappings& m,
                                 Diagnostics& diag) {
  std::vector<WorkItem> out;
  std::string text;
  if (!read_all(path, text, diag)) return out;
  const std::string name = path == "-" ? "<stdin>" : path;
  const std::size_t bad = repair_utf8(text);
  if (bad != std::string::npos) {
    diag.warning(LineIndex(text).locate(name, bad),
                 "invalid UTF-8 or control character replaced by U+FFFD (offsets refer to the repaired text)");
  }
  const std::string ext = fs::path(path).extension().string();
  const std::string_view body = trim(text);
  const bool json_like = ext == ".json" || ext == ".jsonl" || ext == ".ndjson" ||
                         (path == "-" && !body.empty() && (body.front() == '{' || body.front() == '['));
  if (json_like) {
    const bool lines = ext == ".jsonl" || ext == ".ndjson" ||
                       (path == "-" && body.front() == '{' && body.find("}\n{") != std::string_view::npos);
    for (InputRecord& r : read_json_records(text, name, lines, diag)) {
      if (r.article.text.size() > max_article_bytes) {
        diag.warning({name, 0, 0}, "article \"" + r.article.id + "\" longer than " +
                                       std::to_string(max_article_bytes) +
                                       " bytes; the rest is not analysed");
      }
      out.push_back(to_work_item(std::move(r), name, m));
    }
    return out;
  }
  if (body.empty()) {
    diag.warning({name, 0, 0}, "empty article; nothing to extract");
  }
  if (text.size() > max_article_bytes) {
    diag.warning(LineIndex(text).locate(name, max_article_bytes),
                 "article longer than " + std::to_string(max_article_bytes) +
                     " bytes; the rest is not analysed");
  }
  const std::string id = path == "-" ? "stdin" : fs::path(path).stem().string();
  WorkItem w;
  w.extract = true;
  w.record.has_text = true;
  w.record.article = read_text_article(id, std::move(text), name, m);
  out.push_back(std::move(w));
  return out;
}

}  // namespace claimgraph
