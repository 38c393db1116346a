// SPDX-License-Identifier: ISC
// The edge where files come in: expands inputs (files, directories
// recursively, "-" for stdin) and reads each into Articles or statement
// records. Invalid UTF-8 is repaired (U+FFFD) with a located warning.
#pragma once

#include <string>
#include <vector>

#include "diagnostics.hpp"
#include "json_input.hpp"

namespace claimgraph {

struct Mappings;

/// One unit of work: an article's text to extract, or statements to import.
struct WorkItem {
  InputRecord record;
  bool extract = false;  ///< true: run the text extractor on record.article
};

/// A JSON record from `source` as work: articles with text are extracted
/// (their boilerplate marked), statement records are imported.
WorkItem to_work_item(InputRecord record, const std::string& source, const Mappings& mappings);

/// Expands `inputs` into the files to read, in a stable order; reports
/// missing paths. Directories yield their .txt/.json/.jsonl files.
std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs,
                                       Diagnostics& diag);

/// Reads one input ("-" is stdin) into work items.
std::vector<WorkItem> read_input(const std::string& path, const Mappings& mappings,
                                 Diagnostics& diag);

}  // namespace claimgraph
